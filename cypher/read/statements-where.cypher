// Statements matching every given filter of StatementWhere (a null parameter matches everything), newest article
// first, then in text order. Names are nameKey values matched against n.keys (aliases included); states also by
// ISO code. Params: $speaker, $aboutTreaty, $aboutState, $aboutPerson, $textContains (lowercase), $direct,
// $article (Article id), $skip, $take. Row: {totalCount, nodes: up to $take StatementRows from position $skip}.
// Candidates start from the most selective filter given (an article, then a treaty, person, state or speaker,
// each reached by key), so a filtered query touches only that entity's statements; only a query with none of
// these filters walks all statements. Exactly one branch yields rows for any parameter set, so UNION ALL
// (each branch distinct on its own) needs no de-duplication over all candidates.
CALL () {
  MATCH (a:Article {id: $article})<-[:REPORTED_IN]-(s:Statement)
  RETURN s
  UNION ALL
  MATCH (t:Treaty) WHERE $article IS NULL AND $aboutTreaty IS NOT NULL AND $aboutTreaty IN t.keys
  MATCH (s:Statement)-[:ABOUT]->(t)
  RETURN DISTINCT s
  UNION ALL
  MATCH (p:Person) WHERE $article IS NULL AND $aboutTreaty IS NULL AND $aboutPerson IS NOT NULL AND $aboutPerson IN p.keys
  MATCH (s:Statement)-[:ABOUT]->(p)
  RETURN DISTINCT s
  UNION ALL
  MATCH (st:State)
  WHERE $article IS NULL AND $aboutTreaty IS NULL AND $aboutPerson IS NULL AND $aboutState IS NOT NULL
    AND ($aboutState IN st.keys OR st.id = toUpper($aboutState) OR st.iso3 = toUpper($aboutState))
  MATCH (s:Statement)-[:ABOUT]->(st)
  RETURN DISTINCT s
  UNION ALL
  CALL () {
    MATCH (e:Person) WHERE $speaker IN e.keys RETURN e
    UNION
    MATCH (e:Organization) WHERE $speaker IN e.keys RETURN e
    UNION
    MATCH (e:State) WHERE $speaker IN e.keys OR e.id = toUpper($speaker) OR e.iso3 = toUpper($speaker) RETURN e
  }
  WITH e WHERE $article IS NULL AND $aboutTreaty IS NULL AND $aboutPerson IS NULL AND $aboutState IS NULL AND $speaker IS NOT NULL
  MATCH (e)-[:SAID]->(s:Statement)
  RETURN DISTINCT s
  UNION ALL
  MATCH (s:Statement)
  WHERE $article IS NULL AND $aboutTreaty IS NULL AND $aboutPerson IS NULL AND $aboutState IS NULL AND $speaker IS NULL
  RETURN s
}
MATCH (s)-[:REPORTED_IN]->(a:Article)
WHERE ($direct IS NULL OR s.direct = $direct)
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
