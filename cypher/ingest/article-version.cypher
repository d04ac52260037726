// The stored version of one article, to tell an unchanged re-ingest (same contentHash and extractor) from a change.
// $id -> zero rows (not stored) or one row { contentHash, extractor }
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash, a.extractor AS extractor
