// Title: Concentration of supply (HHI) per material and stage.
// For each material and supply stage: how many countries supply it, the
// Herfindahl-Hirschman index of their known shares (0-10,000; above 2,500 is
// highly concentrated), the top supplier, top-3 and covered share. A named
// material brings its group members (PART_OF) and what is made from it
// (USED_IN, up to 4 hops). Country shares only; unknown shares count as
// suppliers but add nothing to the HHI. `disputed` lists suppliers whose
// share sources disagree; sources are those of the top supplier's edge.
// Mirrors: queries.concentration.concentration (same rows and numbers; disputed and sources as lists)
// Columns: material, stage, suppliers, hhi, top_supplier, top_share, top3_share, covered_share, flag_hhi, flag_top, disputed, source_urls, source_rows
// Parameters (paste into Neo4j Browser; null means all):
// :param material => null;
// :param stage => null;
// :param hhi_flag => 2500;
// :param top_share_flag => 0.5;
MATCH (c:Country)-[s:SUPPLIES]->(m:Material)
WHERE ($stage IS NULL OR s.stage = $stage)
  AND ($material IS NULL OR EXISTS {
    MATCH (root)
    WHERE (root:Material OR root:Technology OR root:Industry)
      AND (toLower(root.name) = toLower($material)
           OR toLower($material) IN [a IN coalesce(root.aliases, []) | toLower(a)])
      AND (root = m
           OR EXISTS { MATCH p = (m)-[:PART_OF*1..8]->(root)
                       WHERE all(x IN nodes(p)[..-1] WHERE x:Material OR x:Technology) }
           OR EXISTS { MATCH (root)-[:USED_IN*1..4]->(m) })
  })
WITH m, s, c.name AS supplier, s.share AS share
ORDER BY m.name, s.stage, share DESC, supplier
WITH m.name AS material, s.stage AS stage, count(*) AS suppliers,
     collect(CASE WHEN share IS NOT NULL
             THEN {supplier: supplier, share: share, urls: s.source_urls, rows: s.source_rows} END) AS known,
     collect(CASE WHEN 'share' IN coalesce(s.disputed, []) THEN supplier END) AS disputed
WITH material, stage, suppliers, known, disputed,
     round(reduce(h = 0.0, k IN known | h + (100.0 * k.share) * (100.0 * k.share)), 1) AS hhi
RETURN material, stage, suppliers, hhi,
       known[0].supplier AS top_supplier,
       round(known[0].share, 6) AS top_share,
       CASE WHEN size(known) > 0 THEN round(reduce(t = 0.0, k IN known[..3] | t + k.share), 6) END AS top3_share,
       CASE WHEN size(known) > 0 THEN round(reduce(t = 0.0, k IN known | t + k.share), 6) END AS covered_share,
       hhi > $hhi_flag AS flag_hhi,
       coalesce(known[0].share > $top_share_flag, false) AS flag_top,
       disputed,
       coalesce(known[0].urls, []) AS source_urls,
       coalesce(known[0].rows, []) AS source_rows
ORDER BY material, stage
