// Articles by id, without their text (Article.text has its own loader). Params: $ids.
// Rows: {node: ArticleRow} for each id that exists, in no particular order.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a {.id, .title, .source, .url, .publishedAt, .tags, .ingestedAt, typename: 'Article'} AS node
