// What a reader yields for each input: an article, or a one-line failure naming the input.
import type { IngestFailure, ParsedArticle } from "../types.js";

export type ReadResult = { article: ParsedArticle; failure?: undefined } | { failure: IngestFailure; article?: undefined };
