// The full text of articles. Params: $ids (Article ids). Rows: {id, text} for each id that exists.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.text AS text
