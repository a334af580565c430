// Title: Dependency paths: every way a material, and what is made from it, depends on a country.
// A path runs from the country to a target: the material itself or a material
// or industry made from it (USED_IN, up to 4 hops). The country acts on a node
// of the material's scope (the material, its members via PART_OF, its inputs
// via USED_IN, up to 4 hops; or a step on the way down to the target) by
// supply (it SUPPLIES the node), firm (a firm or facility located there
// PRODUCES or SUPPLIES it) or control (it IMPOSES a measure that RESTRICTS the
// node or a group of it; status on $as_of). Routes are the shortest, ties to
// the smaller node id, as in the Python layer. share: the share at the acting
// edge (for controls the imposer's largest share of the restricted node or
// the nearest node on the route with data); weight ranks: share (unknown =
// $unknown_share) times the status weight for controls (0 for relief).
// The best $per_target paths per target, by weight, hops, target, path.
// Mirrors: queries.paths.dependency_paths (same rows and values; alternatives -> disputed, sources as lists)
// Columns: rank, material, country, target, target_type, kind, node, stage, actor, share, disputed, status, weight, hops, path, source_urls, source_rows
// Parameters (paste into Neo4j Browser; as_of null means today):
// :param material => 'rare earths';
// :param country => 'China';
// :param as_of => null;
// :param per_target => 25;
// :param unknown_share => 0.5;
// :param relief_patterns => ['suspension of'];
// :param status_weights => {in_force: 1.0, ongoing: 1.0, announced: 0.5, suspended: 0.5, unknown: 0.5, superseded: 0.0};
MATCH (m)
WHERE (m:Material OR m:Technology OR m:Industry)
  AND (toLower(m.name) = toLower($material)
       OR toLower($material) IN [a IN coalesce(m.aliases, []) | toLower(a)])
WITH m ORDER BY CASE WHEN m:Material THEN 0 ELSE 1 END, m.id LIMIT 1
MATCH (c:Country)
WHERE toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN coalesce(c.aliases, []) | toLower(a)]
WITH m, c, coalesce($as_of, toString(date())) AS as_of
// Upstream tree: what the material is made of, each node with the next node
// towards the material (smallest id among those one hop nearer).
CALL (m) {
  MATCH p = (x)-[:PART_OF|USED_IN*0..4]->(m)
  WHERE all(n IN nodes(p)[..-1] WHERE n:Material OR n:Technology)
  WITH x, min(length(p)) AS d
  WITH collect({node: x, d: d}) AS dist
  UNWIND dist AS e
  OPTIONAL MATCH (x)-[r:PART_OF|USED_IN]->(u)
  WHERE x = e.node AND any(f IN dist WHERE f.node = u AND f.d = e.d - 1)
  WITH e, u, r ORDER BY u.id, type(r)
  WITH e, collect({next: u, rel: type(r)})[0] AS step
  RETURN collect({node: e.node, d: e.d, next: step.next, rel: step.rel}) AS up
}
// Downstream tree: what is made from the material, each node with its parent.
CALL (m) {
  MATCH p = (m)-[:USED_IN*0..4]->(t)
  WITH t, min(length(p)) AS d
  WITH collect({node: t, d: d}) AS dist
  UNWIND dist AS e
  OPTIONAL MATCH (u)-[:USED_IN]->(t)
  WHERE t = e.node AND any(f IN dist WHERE f.node = u AND f.d = e.d - 1)
  WITH e, u ORDER BY u.id
  WITH e, collect(u)[0] AS parent
  RETURN collect({node: e.node, d: e.d, parent: parent}) AS down
}
// Acting nodes: each upstream node with its route to the material (common to
// all targets), and each node on a target's chain below the material.
CALL (m, up, down) {
  UNWIND up AS e
  WITH up, down, e,
       reduce(r = [e], i IN range(1, e.d) | r + [[f IN up WHERE f.node = last(r).next][0]]) AS route
  UNWIND down AS t
  RETURN t.node AS target, e.node AS x, [s IN route | s.node] AS to_m,
         reduce(s = '', i IN range(0, size(route) - 2) |
                s + ' -[' + route[i].rel + ']-> ' + route[i + 1].node.name) AS route_text,
         e.d + t.d AS extra, true AS common
  UNION ALL
  UNWIND down AS t
  WITH m, down, t,
       reduce(ch = [t], i IN range(1, t.d) | [[f IN down WHERE f.node = head(ch).parent][0]] + ch) AS chain
  UNWIND range(1, size(chain) - 1) AS i
  RETURN t.node AS target, chain[i].node AS x, [chain[i].node, m] AS to_m, '' AS route_text,
         size(chain) - 1 - i AS extra, false AS common
}
WITH m, c, as_of, down, target, x, to_m, route_text, extra, common
// The country's exposures at x: supply, firm, control.
CALL (c, x, to_m, as_of) {
  MATCH (c)-[s:SUPPLIES]->(x)
  RETURN 'supply' AS kind, s.stage AS stage, null AS actor, s.share AS share, null AS status,
         coalesce(s.share, $unknown_share) AS weight, 1 AS hops, s AS edge,
         c.name + ' -[SUPPLIES ' + s.stage + ' ' +
           CASE WHEN s.share IS NULL THEN '?' WHEN s.share = toInteger(s.share) THEN toString(toInteger(s.share))
                ELSE toString(s.share) END + ']-> ' + x.name AS text
  UNION ALL
  MATCH (f)-[s:SUPPLIES|PRODUCES]->(x)
  WHERE (f:Firm OR f:Facility)
    AND (EXISTS { MATCH (f)-[:LOCATED_IN]->(c) }
         OR (NOT EXISTS { MATCH (f)-[:LOCATED_IN]->() } AND f.country = c.name))
  WITH c, x, f, s, CASE WHEN type(s) = 'SUPPLIES' THEN s.share END AS share
  RETURN 'firm' AS kind, s.stage AS stage, f.name AS actor, share, null AS status,
         coalesce(share, $unknown_share) AS weight, 2 AS hops, s AS edge,
         c.name + ' <-[LOCATED_IN]- ' + f.name + ' -[' +
           CASE WHEN type(s) = 'SUPPLIES'
                THEN 'SUPPLIES ' + s.stage + ' ' +
                     CASE WHEN share IS NULL THEN '?' WHEN share = toInteger(share) THEN toString(toInteger(share))
                          ELSE toString(share) END
                ELSE 'PRODUCES' END + ']-> ' + x.name AS text
  UNION ALL
  // Measures on x itself, or on a group x belongs to.
  OPTIONAL MATCH p = (x)-[:PART_OF*1..8]->(g)
  WHERE all(n IN nodes(p)[1..] WHERE n:Material OR n:Technology)
  WITH c, x, to_m, as_of, [x] + collect(DISTINCT g) AS covered
  UNWIND covered AS restricted
  MATCH (k:ExportControl)-[r:RESTRICTS]->(restricted)
  WHERE (EXISTS { MATCH (c)-[:IMPOSES]->(k) } OR k.imposer = c.name)
    // A measure on the material's own group is reached from the material, not from each member.
    AND (restricted = x OR NOT restricted IN to_m)
  WITH c, x, to_m, as_of, k, r, restricted,
       coalesce(r.status, k.status) AS status,
       coalesce(r.announced, k.announced) AS announced,
       coalesce(r.effective, k.effective) AS effective,
       coalesce(r.suspended_until, k.suspended_until) AS suspended_until
  WITH c, x, to_m, k, r, restricted, CASE
    WHEN announced IS NOT NULL AND announced > as_of THEN null
    WHEN announced IS NULL AND effective > as_of AND coalesce(status, '') <> 'announced' THEN null
    WHEN status IN ['superseded', 'ongoing'] THEN status
    WHEN status = 'suspended' THEN
      CASE WHEN suspended_until <= as_of THEN 'in_force'
           WHEN effective > as_of THEN 'announced'
           ELSE 'suspended' END
    WHEN effective > as_of THEN 'announced'
    WHEN status = 'announced' AND effective <= as_of THEN 'in_force'
    ELSE coalesce(status, 'unknown') END AS status
  WHERE status IS NOT NULL
  // The imposer's largest share at the first node with data: x, its route, the restricted node.
  WITH c, x, k, r, restricted, status,
       [n IN [x] + [y IN to_m WHERE y <> x] + [restricted] |
        [(c)-[s:SUPPLIES]->(n) WHERE s.share IS NOT NULL | {share: s.share, stage: s.stage}]] AS offers
  WITH c, x, k, r, restricted, status, [o IN offers WHERE size(o) > 0] AS found,
       CASE WHEN k.kind IS NOT NULL THEN k.kind = 'relief'
         ELSE any(pat IN $relief_patterns WHERE toLower(k.name) CONTAINS toLower(pat)) END AS relief
  WITH c, x, k, r, restricted, status, relief, CASE WHEN size(found) = 0 THEN null ELSE
         reduce(best = found[0][0], o IN found[0] |
                CASE WHEN o.share > best.share OR (o.share = best.share AND o.stage < best.stage)
                     THEN o ELSE best END) END AS best
  RETURN CASE WHEN relief THEN 'relief' ELSE 'control' END AS kind, best.stage AS stage, k.name AS actor,
         best.share AS share, status,
         CASE WHEN relief THEN 0.0
              ELSE coalesce(best.share, $unknown_share)
                   * coalesce($status_weights[status], $status_weights['unknown']) END AS weight,
         CASE WHEN restricted = x THEN 2 ELSE 3 END AS hops, r AS edge,
         c.name + ' -[IMPOSES]-> ' + k.name + ' -[RESTRICTS]-> ' + restricted.name +
           CASE WHEN restricted = x THEN '' ELSE ' <-[PART_OF]- ' + x.name END AS text
}
WITH m, c, target, x, kind, stage, actor, share, status, weight, hops + extra AS hops, edge,
     text + route_text AS head_text,
     down, common
// The path's tail below x: the USED_IN chain down to the target.
WITH m, c, target, x, kind, stage, actor, share, status, weight, hops, edge, head_text, common,
     reduce(ch = [[f IN down WHERE f.node = target][0]], i IN range(1, [f IN down WHERE f.node = target][0].d) |
            [[f IN down WHERE f.node = head(ch).parent][0]] + ch) AS chain
WITH m, c, target, x, kind, stage, actor, share, status, weight, hops, edge, common,
     head_text + reduce(s = '', f IN
       CASE WHEN common THEN tail(chain) ELSE [i IN range(0, size(chain) - 1) WHERE chain[i].node = x | chain[i + 1..]][0] END |
       s + ' -[USED_IN]-> ' + f.node.name) AS path
ORDER BY weight DESC, hops, path
WITH m, c, target, collect({x: x, kind: kind, stage: stage, actor: actor, share: share, status: status,
                            weight: weight, hops: hops, path: path, edge: edge})[..$per_target] AS best
UNWIND best AS b
WITH m, c, target, b
ORDER BY b.weight DESC, b.hops, target.name, b.path
WITH collect({m: m, c: c, target: target, b: b}) AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH i, rows[i] AS row
RETURN i + 1 AS rank, row.m.name AS material, row.c.name AS country, row.target.name AS target,
       labels(row.target)[0] AS target_type, row.b.kind AS kind, row.b.x.name AS node, row.b.stage AS stage,
       row.b.actor AS actor, round(row.b.share, 6) AS share, coalesce(row.b.edge.disputed, []) AS disputed,
       row.b.status AS status, round(row.b.weight, 6) AS weight, row.b.hops AS hops, row.b.path AS path,
       coalesce(row.b.edge.source_urls, []) AS source_urls, coalesce(row.b.edge.source_rows, []) AS source_rows
ORDER BY rank
