// Upserts the Article node with every property the reader and pipeline give it (ingestedAt included).
// $article: { id, title, text, source, url, publishedAt, tags, contentHash, extractor }, $ingestedAt: ISO string
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.text = $article.text,
    a.source = $article.source,
    a.url = $article.url,
    a.publishedAt = $article.publishedAt,
    a.tags = $article.tags,
    a.contentHash = $article.contentHash,
    a.extractor = $article.extractor,
    a.ingestedAt = $ingestedAt
