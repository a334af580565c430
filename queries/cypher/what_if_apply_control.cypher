// Title: What if an export control bites: supply lost and left per material stage, and downstream.
// The control is found by catalog key, name or id. Its imposer drops out as a
// supplier of what the control restricts and of the members of restricted
// groups (PART_OF, through materials only). The imposer is every country that
// IMPOSES it, or whose name is the `country` of an agency that imposes it;
// with no IMPOSES edge at all, the control's own `imposer`. Direct rows: each
// stage the imposer supplies of a covered material, with the share lost (the
// sum of its known shares, at most 1), what remains, how many other countries
// with a known share are left and the largest of them. A covered material the imposer has
// no supply edge to (an element listed by name, say) takes the imposer's
// largest share of its nearest group with data instead (`via` says
// "share of <group>"). Downstream rows: losses flow along USED_IN, as in
// what_if_remove_country (up to 10 hops). `scenario` names the control and its
// status on $as_of; `affects` its target countries, or all.
// Mirrors: queries.whatif.what_if with apply_control (same rows and values; sources as lists)
// Columns: scenario, node, node_type, kind, stage, lost_share, remaining_share, suppliers_left, top_alternative, top_alternative_share, affects, via, source_urls, source_rows
// Parameters (paste into Neo4j Browser; null as_of means today):
// :param control => 'CN-2025-18';
// :param as_of => null;
MATCH (k:ExportControl)
WHERE k.id = $control OR toLower(k.catalog_key) = toLower(trim($control))
   OR toLower(k.name) = toLower(trim($control))
WITH k
ORDER BY k.id
LIMIT 1
WITH k, coalesce($as_of, toString(date())) AS as_of, EXISTS { MATCH ()-[:IMPOSES]->(k) } AS has_imposer
// The imposer's countries.
WITH k, as_of, COLLECT {
  MATCH (c:Country)
  WHERE EXISTS { MATCH (c)-[:IMPOSES]->(k) }
     OR EXISTS { MATCH (i:Agency)-[:IMPOSES]->(k)
                 WHERE toLower(i.country) = toLower(c.name)
                    OR toLower(i.country) IN [a IN coalesce(c.aliases, []) | toLower(a)] }
     OR (NOT has_imposer AND (toLower(k.imposer) = toLower(c.name)
                              OR toLower(k.imposer) IN [a IN coalesce(c.aliases, []) | toLower(a)]))
  RETURN c
  ORDER BY c.id
} AS removed
WHERE size(removed) > 0
// Status on as_of, as in export_control_exposure (dates compare as text).
WITH k, removed, CASE
  WHEN k.announced IS NOT NULL AND k.announced > as_of THEN null
  WHEN k.announced IS NULL AND k.effective > as_of AND coalesce(k.status, '') <> 'announced' THEN null
  WHEN k.status IN ['superseded', 'ongoing'] THEN k.status
  WHEN k.status = 'suspended' THEN
    CASE WHEN k.suspended_until <= as_of THEN 'in_force'
         WHEN k.effective > as_of THEN 'announced'
         ELSE 'suspended' END
  WHEN k.effective > as_of THEN 'announced'
  WHEN k.status = 'announced' AND k.effective <= as_of THEN 'in_force'
  ELSE coalesce(k.status, 'unknown') END AS status_as_of,
  COLLECT { MATCH (k)-[:TARGETS]->(t:Country) RETURN t.name ORDER BY t.name } AS targets
WITH k, removed,
     'apply ' + coalesce(k.catalog_key, k.name) + ' (' + coalesce(status_as_of, 'not yet announced') + ')' AS scenario,
     CASE WHEN size(targets) = 0 THEN 'all'
          ELSE reduce(s = head(targets), t IN tail(targets) | s + '; ' + t) END AS affects
// What it covers: the restricted nodes and the members of restricted groups.
WITH scenario, affects, removed,
     [(k)-[:RESTRICTS]->(v) | v]
     + COLLECT { MATCH (k)-[:RESTRICTS]->(g)
                 MATCH p = (x)-[:PART_OF*1..8]->(g)
                 WHERE all(n IN nodes(p)[..-1] WHERE n:Material OR n:Technology)
                 RETURN x } AS covered
UNWIND covered AS x
WITH DISTINCT scenario, affects, removed, x
WHERE x:Material OR x:Technology OR x:Industry
CALL (x, removed) {
  // Direct: the stages the imposer supplies.
  MATCH (c:Country)-[s:SUPPLIES]->(x)
  WHERE c IN removed
  WITH x, removed, coalesce(s.stage, '') AS stage, c, s
  ORDER BY c.id
  WITH x, removed, stage, collect(s) AS gone
  WITH x, removed, stage, gone, [s IN gone WHERE s.share IS NOT NULL | s.share] AS known
  CALL (x, removed, stage) {
    OPTIONAL MATCH (o:Country)-[t:SUPPLIES]->(x)
    WHERE NOT o IN removed AND coalesce(t.stage, '') = stage AND t.share IS NOT NULL AND t.share <> 0
    WITH o, t
    ORDER BY t.share DESC, o.name
    RETURN count(o) AS suppliers_left, collect({name: o.name, share: t.share})[0] AS top
  }
  WITH x, stage, gone, suppliers_left, top,
       CASE WHEN size(known) = 0 THEN null ELSE reduce(a = 0.0, v IN known | a + v) END AS total
  RETURN {node: x, kind: 'direct', stage: stage, lost: CASE WHEN total > 1.0 THEN 1.0 ELSE total END,
          suppliers_left: suppliers_left, top_alternative: top.name, top_alternative_share: top.share,
          via: null, source_urls: reduce(u = [], s IN gone | u + coalesce(s.source_urls, [])),
          source_rows: reduce(r = [], s IN gone | r + coalesce(s.source_rows, []))} AS row
  UNION ALL
  // A covered material the imposer does not supply: its share of the nearest group with data.
  WITH x, removed
  WHERE NOT EXISTS { MATCH (c:Country)-[:SUPPLIES]->(x) WHERE c IN removed }
  OPTIONAL MATCH p = (x)-[:PART_OF*1..8]->(g)
  WHERE all(n IN nodes(p)[1..] WHERE n:Material OR n:Technology)
  WITH x, removed, g, min(length(p)) AS depth
  ORDER BY depth, g.id
  WITH x, removed, [x] + [n IN collect(g) WHERE n IS NOT NULL] AS route
  UNWIND removed AS c
  WITH x, c, [n IN route |
              [(c)-[s:SUPPLIES]->(n) WHERE s.share IS NOT NULL |
               {share: s.share, stage: coalesce(s.stage, ''), node: n.name}]] AS offers
  WITH x, c, [o IN offers WHERE size(o) > 0] AS found
  WHERE size(found) > 0
  WITH x, c, reduce(best = found[0][0], o IN found[0] |
                    CASE WHEN o.share > best.share OR (o.share = best.share AND o.stage < best.stage)
                         THEN o ELSE best END) AS best
  ORDER BY c.id
  WITH x, collect(best)[0] AS best
  RETURN {node: x, kind: 'direct', stage: best.stage, lost: best.share, suppliers_left: null, top_alternative: null,
          top_alternative_share: null, via: 'share of ' + best.node, source_urls: [], source_rows: []} AS row
}
WITH scenario, affects, collect(row) AS direct
// Downstream: each hit node's largest loss flows along USED_IN through the best chain.
WITH scenario, affects, direct,
     reduce(ls = [], r IN direct |
            CASE WHEN r.lost IS NULL THEN ls
                 WHEN any(l IN ls WHERE l.node = r.node AND l.loss >= r.lost) THEN ls
                 ELSE [l IN ls WHERE l.node <> r.node] + [{node: r.node, loss: r.lost}] END) AS losses
WITH scenario, affects, direct, losses, COLLECT {
  UNWIND losses AS src
  WITH src.node AS x, src.loss AS loss
  MATCH p = (x)-[:USED_IN*1..10]->(v)
  WITH v, loss, nodes(p) AS chain
  WHERE all(i IN range(0, size(chain) - 2) WHERE NOT chain[i] IN chain[i + 1..])
  WITH v, loss, chain, reduce(key = '', n IN chain | key + ' ' + n.id) AS chain_key
  ORDER BY loss DESC, size(chain), chain_key
  WITH v, collect({loss: loss, chain: chain})[0] AS best
  RETURN {node: v, kind: 'downstream', stage: null, lost: best.loss, suppliers_left: null, top_alternative: null,
          top_alternative_share: null,
          via: reduce(t = head(best.chain).name, n IN tail(best.chain) | t + ' -> ' + n.name),
          source_urls: [], source_rows: []} AS row
} AS reached
WITH scenario, affects, direct
     + [r IN reached WHERE NOT any(l IN losses WHERE l.node = r.node AND l.loss >= r.lost)] AS rows
UNWIND rows AS r
RETURN scenario, r.node.name AS node, labels(r.node)[0] AS node_type, r.kind AS kind, r.stage AS stage,
       round(r.lost, 6) AS lost_share, round(1.0 - r.lost, 6) AS remaining_share,
       r.suppliers_left AS suppliers_left, r.top_alternative AS top_alternative,
       round(r.top_alternative_share, 6) AS top_alternative_share, affects, r.via AS via,
       r.source_urls AS source_urls, r.source_rows AS source_rows
ORDER BY coalesce(lost_share, -1.0) DESC, kind, node, stage
