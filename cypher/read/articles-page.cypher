// One page of articles, newest first. Params: $needle (lowercase text looked for in title and text, or null for
// all), $skip, $take. Row: {totalCount, nodes: up to $take ArticleRows (without text) from position $skip}.
MATCH (a:Article)
WHERE $needle IS NULL OR toLower(a.title) CONTAINS $needle OR toLower(coalesce(a.text, '')) CONTAINS $needle
WITH a ORDER BY coalesce(a.publishedAt, '') DESC, a.ingestedAt DESC, a.id
WITH collect(a) AS items
RETURN size(items) AS totalCount,
       [a IN items[$skip..($skip + $take)] | a {.id, .title, .source, .url, .publishedAt, .tags, .ingestedAt, typename: 'Article'}] AS nodes
