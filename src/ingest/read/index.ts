// The read stage's public face: readers for files, directories and stdin, and the validator for article objects.
export { parseArticleInput, normaliseBody, type ArticleInput } from "./article-input.js";
export { articleId, contentHash } from "./article-id.js";
export { InputError } from "./input-error.js";
export { parseJsonArticles, parseNdjsonArticles } from "./json-articles.js";
export { parsePlainText } from "./plain-text.js";
export { ARTICLE_EXTENSIONS, listArticleFiles, readArticleFile, readArticles, STDIN_ORIGIN, type ReadOptions } from "./read-articles.js";
export type { ReadResult } from "./read-result.js";
