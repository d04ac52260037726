// Deletes the Article node itself; run after ingest/retract-article in the same transaction.
// $articleId -> one row { existed }
OPTIONAL MATCH (a:Article {id: $articleId})
WITH a, a IS NOT NULL AS existed
DETACH DELETE a
RETURN existed
