// Statements matching every given filter of StatementWhere (a null parameter matches everything), newest article
// first, then in text order. Names are nameKey values matched against n.keys (aliases included); states also by
// ISO code. Params: $speaker, $aboutTreaty, $aboutState, $aboutPerson, $textContains (lowercase), $direct,
// $article (Article id), $skip, $take. Row: {totalCount, nodes: up to $take StatementRows from position $skip}.
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
WHERE ($article IS NULL OR a.id = $article)
  AND ($direct IS NULL OR s.direct = $direct)
  AND ($textContains IS NULL OR toLower(s.text) CONTAINS $textContains)
  AND ($speaker IS NULL OR EXISTS {
        MATCH (e)-[:SAID]->(s)
        WHERE $speaker IN coalesce(e.keys, []) OR (e:State AND (e.id = toUpper($speaker) OR e.iso3 = toUpper($speaker))) })
  AND ($aboutTreaty IS NULL OR EXISTS {
        MATCH (s)-[:ABOUT]->(t:Treaty) WHERE $aboutTreaty IN coalesce(t.keys, []) })
  AND ($aboutState IS NULL OR EXISTS {
        MATCH (s)-[:ABOUT]->(t:State)
        WHERE $aboutState IN coalesce(t.keys, []) OR t.id = toUpper($aboutState) OR t.iso3 = toUpper($aboutState) })
  AND ($aboutPerson IS NULL OR EXISTS {
        MATCH (s)-[:ABOUT]->(t:Person) WHERE $aboutPerson IN coalesce(t.keys, []) })
WITH s, a ORDER BY coalesce(a.publishedAt, '') DESC, a.id, s.start, s.id
WITH collect(s) AS items
RETURN size(items) AS totalCount,
       [s IN items[$skip..($skip + $take)] | s {.id, .text, .direct, .start, .end, .speakerText, typename: 'Statement',
           articleId: head([(s)-[:REPORTED_IN]->(r:Article) | r.id])}] AS nodes
