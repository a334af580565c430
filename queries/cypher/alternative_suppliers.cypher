// Title: Alternatives for a material: who else supplies or produces it (or a member of it) outside a country.
// Countries, firms and facilities with a SUPPLIES or PRODUCES edge into the
// material or one of its group members (PART_OF), leaving out the excluded
// country and the firms and facilities located there. `country` is where
// the supplier is (LOCATED_IN, else its country property).
// Mirrors: queries.whatif.alternative_suppliers with exclude_country (same rows and values; sources as lists)
// Columns: material, stage, supplier, supplier_type, country, share, relation, source_urls, source_rows
// Parameters (paste into Neo4j Browser; exclude_country null keeps everyone):
// :param material => 'rare earths';
// :param exclude_country => 'China';
MATCH (root)
WHERE (root:Material OR root:Technology OR root:Industry)
  AND (toLower(root.name) = toLower($material)
       OR toLower($material) IN [a IN coalesce(root.aliases, []) | toLower(a)])
WITH root ORDER BY CASE WHEN root:Material THEN 0 ELSE 1 END, root.id LIMIT 1
MATCH (x)
WHERE x = root
   OR EXISTS { MATCH p = (x)-[:PART_OF*1..8]->(root)
               WHERE all(n IN nodes(p)[..-1] WHERE n:Material OR n:Technology) }
MATCH (u)-[s:SUPPLIES|PRODUCES]->(x)
WHERE u:Country OR u:Firm OR u:Facility
WITH x, u, s,
     CASE WHEN u:Country THEN [u]
          ELSE COLLECT { MATCH (u)-[:LOCATED_IN]->(k:Country) RETURN k ORDER BY k.id } END AS located
WITH x, u, s, CASE WHEN size(located) = 0 AND u.country IS NOT NULL
                   THEN COLLECT { MATCH (k:Country) WHERE k.name = u.country RETURN k }
                   ELSE located END AS countries
WHERE $exclude_country IS NULL
   OR none(k IN countries WHERE toLower(k.name) = toLower($exclude_country)
                             OR toLower($exclude_country) IN [a IN coalesce(k.aliases, []) | toLower(a)])
RETURN x.name AS material, s.stage AS stage, u.name AS supplier, labels(u)[0] AS supplier_type,
       CASE WHEN size(countries) = 0 THEN null
            ELSE reduce(t = head(countries).name, k IN tail(countries) | t + '; ' + k.name) END AS country,
       round(s.share, 6) AS share, type(s) AS relation,
       coalesce(s.source_urls, []) AS source_urls, coalesce(s.source_rows, []) AS source_rows
ORDER BY coalesce(s.share, -1.0) DESC, supplier, material, stage
