// The rule-based extraction stage: createExtractor() returns an Extractor ("rules-v1") that turns a parsed
// article into persons, states, blocs, treaties, organisations, statements and mentions with spans.
// Pipeline: segment -> quotes -> entities -> persons -> statements (speech events, speakers, about) -> assemble.
import type { Extraction, Extractor, ParsedArticle } from "../types.js";
import { assemble } from "./assemble.js";
import { recogniseEntities } from "./entities.js";
import { MentionIndex } from "./mentions.js";
import { recognisePersons } from "./persons.js";
import { findQuotes, type Quote } from "./quotes.js";
import { isKnownAcronym } from "./gazetteer.js";
import { datelineLength, paragraphs, sentences, type Sentence } from "./segment.js";
import { SpeakerResolver } from "./speakers.js";
import { findStatements } from "./statements.js";
import { tokenize } from "./tokens.js";

export function extractText(title: string, text: string): Extraction {
  const paras = paragraphs(text);
  const quotes: Quote[] = paras.flatMap((p) => findQuotes(text, p.start, p.end, p.index));
  const inQuote = (offset: number) => quotes.some((q) => offset > q.outerStart && offset < q.outerEnd - 1);
  const sents: Sentence[] = [];
  for (const p of paras) sents.push(...sentences(text, p, inQuote, sents.length, p.isTitle ? 0 : datelineLength(text, p, isKnownAcronym)));

  const tokens = tokenize(text);
  const entities = recogniseEntities(text, tokens);
  const persons = recognisePersons(text, tokens, entities.consumed, entities.mentions);
  const mentions = new MentionIndex([...entities.mentions, ...persons.mentions]);
  const paragraphOf = (offset: number) => paras.find((p) => offset >= p.start && offset <= p.end)?.index ?? 0;
  const resolver = new SpeakerResolver(text, tokens, mentions, persons.clusters, paragraphOf);
  const statements = findStatements({ text, tokens, paragraphs: paras, sentences: sents, quotes, mentions, clusters: persons.clusters, resolver });
  return assemble(title, text, paras, mentions, persons.clusters, statements);
}

export function createExtractor(): Extractor {
  return {
    name: "rules-v1",
    extract(article: ParsedArticle): Promise<Extraction> {
      return Promise.resolve(extractText(article.title, article.text));
    },
  };
}
