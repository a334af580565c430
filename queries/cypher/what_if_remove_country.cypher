// Title: What if a country drops out: supply lost and left per material stage, and downstream.
// Direct rows: each material stage the country supplies, with the share lost
// (its share, at most 1), what remains, how many other countries with a known
// share are left and the largest of them. Downstream rows: losses flow along
// USED_IN (not PART_OF: a group does not need each member); a node's loss is
// the largest loss among the materials it is made from, and `via` names the
// chain it came through (shortest, then by node id), when that beats its own
// direct loss. Chains are followed up to 10 hops.
// Mirrors: queries.whatif.what_if with remove_country (same rows and values; sources as lists)
// Columns: scenario, node, node_type, kind, stage, lost_share, remaining_share, suppliers_left, top_alternative, top_alternative_share, affects, via, source_urls, source_rows
// Parameters (paste into Neo4j Browser):
// :param country => 'China';
MATCH (c:Country)
WHERE toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN coalesce(c.aliases, []) | toLower(a)]
CALL (c) {
  // Direct: the stages the country supplies.
  MATCH (c)-[s:SUPPLIES]->(x)
  WHERE x:Material OR x:Technology OR x:Industry
  CALL (c, x, s) {
    OPTIONAL MATCH (o:Country)-[t:SUPPLIES]->(x)
    WHERE o <> c AND t.stage = s.stage AND t.share IS NOT NULL AND t.share <> 0
    WITH o, t
    ORDER BY t.share DESC, o.name
    RETURN count(o) AS suppliers_left, collect({name: o.name, share: t.share})[0] AS top
  }
  RETURN x, 'direct' AS kind, s.stage AS stage,
         CASE WHEN s.share > 1.0 THEN 1.0 ELSE s.share END AS lost,
         suppliers_left, top.name AS top_alternative, top.share AS top_alternative_share,
         null AS via, coalesce(s.source_urls, []) AS source_urls, coalesce(s.source_rows, []) AS source_rows
  UNION ALL
  // Downstream: the largest loss among a node's inputs, through the best chain.
  MATCH (c)-[s:SUPPLIES]->(x)
  WHERE (x:Material OR x:Technology OR x:Industry) AND s.share > 0
  WITH x, max(CASE WHEN s.share > 1.0 THEN 1.0 ELSE s.share END) AS loss
  WITH collect({node: x, loss: loss}) AS losses
  UNWIND losses AS src
  WITH losses, src.node AS x, src.loss AS loss
  MATCH p = (x)-[:USED_IN*1..10]->(v)
  WITH losses, loss, p, v, nodes(p) AS chain
  WHERE all(i IN range(0, size(chain) - 2) WHERE NOT chain[i] IN chain[i + 1..])
  WITH losses, v, loss, chain,
       reduce(k = '', n IN chain | k + ' ' + n.id) AS chain_key
  ORDER BY loss DESC, size(chain), chain_key
  WITH losses, v, collect({loss: loss, chain: chain})[0] AS best
  WITH v, best, [l IN losses WHERE l.node = v | l.loss][0] AS own
  WHERE own IS NULL OR best.loss > own
  RETURN v AS x, 'downstream' AS kind, null AS stage, best.loss AS lost,
         null AS suppliers_left, null AS top_alternative, null AS top_alternative_share,
         reduce(t = head(best.chain).name, n IN tail(best.chain) | t + ' -> ' + n.name) AS via,
         [] AS source_urls, [] AS source_rows
}
RETURN 'remove ' + c.name AS scenario, x.name AS node, labels(x)[0] AS node_type, kind, stage,
       round(lost, 6) AS lost_share, round(1.0 - lost, 6) AS remaining_share,
       suppliers_left, top_alternative, round(top_alternative_share, 6) AS top_alternative_share,
       'all' AS affects, via, source_urls, source_rows
ORDER BY coalesce(lost, -1.0) DESC, kind, node, stage
