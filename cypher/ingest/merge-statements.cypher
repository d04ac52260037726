// Upserts Statement nodes (id = "<article id>:<start>-<end>") and their REPORTED_IN edge to the article.
// Offsets arrive as JS numbers (floats on the wire), hence toInteger.
// $articleId, $rows: [{ id, text, direct, start, end, speakerText }]
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.text = row.text,
    s.direct = row.direct,
    s.start = toInteger(row.start),
    s.end = toInteger(row.end),
    s.speakerText = row.speakerText
MERGE (s)-[:REPORTED_IN]->(a)
