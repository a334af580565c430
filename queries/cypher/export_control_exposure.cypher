// Title: Export-control exposure: what each measure restricts, its status on a date, and the imposer's share.
// One row per (material, measure). A measure covers a material it RESTRICTS
// directly (relation "self"); with a named material, also one on a group the
// material belongs to ("group"; members named only through their group list
// it at the group). Status on $as_of: announced after it -> left out; a
// suspension lapsed by then -> in_force; an effective date after it ->
// announced. The imposer's share is its largest SUPPLIES share of the
// material, else of its nearest group with data (share_node). Measures whose
// kind is "relief", or (read from articles, no kind) whose name matches $relief_patterns,
// lift other measures: kind "relief", weight 0.
// Mirrors: queries.controls.control_exposure (same rows and values; sources as lists)
// Columns: material, control, catalog_key, kind, imposer, restricted, relation, status, status_as_of, announced, effective, suspended_until, targets, imposer_share, stage, share_node, flag_share, status_weight, source_urls, source_rows
// Parameters (paste into Neo4j Browser; null means all, or today for as_of):
// :param material => null;
// :param imposer => null;
// :param as_of => null;
// :param min_share => 0.0;
// :param top_share_flag => 0.5;
// :param relief_patterns => ['suspension of'];
// :param status_weights => {in_force: 1.0, ongoing: 1.0, announced: 0.5, suspended: 0.5, unknown: 0.5, superseded: 0.0};
CALL () {
  // The scope: every directly restricted material, or the named material with
  // its members and what is made from it.
  MATCH (m:Material)
  WHERE $material IS NULL AND EXISTS { MATCH (:ExportControl)-[:RESTRICTS]->(m) }
  RETURN m, false AS member_only
  UNION
  MATCH (root)
  WHERE $material IS NOT NULL AND (root:Material OR root:Technology OR root:Industry)
    AND (toLower(root.name) = toLower($material)
         OR toLower($material) IN [a IN coalesce(root.aliases, []) | toLower(a)])
  MATCH (m:Material)
  WHERE root = m
     OR EXISTS { MATCH (root)-[:USED_IN*1..4]->(m) }
     OR EXISTS { MATCH p = (m)-[:PART_OF*1..8]->(root)
                 WHERE all(x IN nodes(p)[..-1] WHERE x:Material OR x:Technology) }
  RETURN m, NOT (root = m OR EXISTS { MATCH (root)-[:USED_IN*1..4]->(m) }) AS member_only
}
WITH m, member_only
// The material's groups, nearest first, then by id.
CALL (m) {
  OPTIONAL MATCH p = (m)-[:PART_OF*1..8]->(g)
  WHERE all(x IN nodes(p)[1..] WHERE x:Material OR x:Technology)
  WITH g, min(length(p)) AS depth
  ORDER BY depth, g.id
  RETURN [x IN collect(g) WHERE x IS NOT NULL] AS groups
}
// The measures covering it: on the material itself, or (not for named members) on a group.
CALL (m, member_only, groups) {
  MATCH (c:ExportControl)-[r:RESTRICTS]->(restricted)
  WHERE restricted = m OR ($material IS NOT NULL AND NOT member_only AND restricted IN groups)
  WITH c, r, restricted, CASE WHEN restricted = m THEN 'self' ELSE 'group' END AS relation
  ORDER BY c.id, relation = 'group', restricted.id
  WITH c, collect({r: r, restricted: restricted, relation: relation})[0] AS first
  RETURN c, first.r AS r, first.restricted AS restricted, first.relation AS relation
}
WITH m, groups, c, r, restricted, relation,
     COLLECT { MATCH (i:Country)-[:IMPOSES]->(c) RETURN i ORDER BY i.id }[0] AS imp,
     coalesce($as_of, toString(date())) AS as_of,
     coalesce(r.status, c.status) AS status,
     coalesce(r.announced, c.announced) AS announced,
     coalesce(r.effective, c.effective) AS effective,
     coalesce(r.suspended_until, c.suspended_until) AS suspended_until
WHERE $imposer IS NULL OR imp.name = $imposer OR c.imposer = $imposer
// Status on as_of. Dates are YYYY, YYYY-MM or YYYY-MM-DD strings: compared as
// text with a full as_of date they order like their first day.
WITH *, CASE
  WHEN announced IS NOT NULL AND announced > as_of THEN null
  WHEN announced IS NULL AND effective > as_of AND coalesce(status, '') <> 'announced' THEN null
  WHEN status IN ['superseded', 'ongoing'] THEN status
  WHEN status = 'suspended' THEN
    CASE WHEN suspended_until <= as_of THEN 'in_force'
         WHEN effective > as_of THEN 'announced'
         ELSE 'suspended' END
  WHEN effective > as_of THEN 'announced'
  WHEN status = 'announced' AND effective <= as_of THEN 'in_force'
  ELSE coalesce(status, 'unknown') END AS status_as_of
WHERE status_as_of IS NOT NULL
// The imposer's largest share at the first of [material, restricted, groups...] that has one.
WITH *, [n IN [m, restricted] + groups |
          [(imp)-[s:SUPPLIES]->(n) WHERE s.share IS NOT NULL | {share: s.share, stage: s.stage, node: n.name}]] AS offers
WITH *, [o IN offers WHERE size(o) > 0] AS found
WITH *, CASE WHEN size(found) = 0 THEN null ELSE
          reduce(best = found[0][0], o IN found[0] |
                 CASE WHEN o.share > best.share OR (o.share = best.share AND o.stage < best.stage)
                      THEN o ELSE best END) END AS best
WHERE $min_share <= 0 OR best.share >= $min_share
WITH *, CASE WHEN c.kind IS NOT NULL THEN c.kind = 'relief'
            ELSE any(p IN $relief_patterns WHERE toLower(c.name) CONTAINS toLower(p)) END AS relief,
     COLLECT { MATCH (c)-[:TARGETS]->(t:Country) RETURN t.name ORDER BY t.name } AS targets
RETURN m.name AS material, c.name AS control, c.catalog_key AS catalog_key,
       CASE WHEN relief THEN 'relief' ELSE 'control' END AS kind,
       coalesce(imp.name, c.imposer) AS imposer, restricted.name AS restricted, relation,
       status, status_as_of, announced, effective, suspended_until,
       CASE WHEN size(targets) = 0 THEN 'all'
            ELSE reduce(s = head(targets), t IN tail(targets) | s + '; ' + t) END AS targets,
       round(best.share, 6) AS imposer_share, best.stage AS stage, best.node AS share_node,
       coalesce(best.share > $top_share_flag, false) AS flag_share,
       CASE WHEN relief THEN 0.0
            ELSE toFloat(coalesce($status_weights[status_as_of], $status_weights['unknown'])) END AS status_weight,
       coalesce(r.source_urls, []) AS source_urls, coalesce(r.source_rows, []) AS source_rows
ORDER BY material, catalog_key, control
