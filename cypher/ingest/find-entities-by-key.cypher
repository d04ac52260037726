// Existing entities whose `keys` hold one of the given name keys, per label: how resolution joins a new
// article's names to nodes earlier articles created ("putin" -> vladimir-putin). One scan per label.
// $personKeys, $treatyKeys, $organizationKeys: [string] -> rows { label, key, ids: [string] }
CALL () {
  MATCH (n:Person) WHERE any(k IN n.keys WHERE k IN $personKeys)
  UNWIND [k IN n.keys WHERE k IN $personKeys] AS key
  RETURN 'Person' AS label, key, n.id AS id
  UNION ALL
  MATCH (n:Treaty) WHERE any(k IN n.keys WHERE k IN $treatyKeys)
  UNWIND [k IN n.keys WHERE k IN $treatyKeys] AS key
  RETURN 'Treaty' AS label, key, n.id AS id
  UNION ALL
  MATCH (n:Organization) WHERE any(k IN n.keys WHERE k IN $organizationKeys)
  UNWIND [k IN n.keys WHERE k IN $organizationKeys] AS key
  RETURN 'Organization' AS label, key, n.id AS id
}
RETURN label, key, collect(DISTINCT id) AS ids
