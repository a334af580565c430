// Title: Show me the neighbourhood: a node and everything within $hops (1 or 2) relationships, drawn as a graph.
// Returns paths, so Neo4j Browser draws nodes and relationships (style them
// with `:style` and graph/style.grass). Finds the centre by name or alias in
// any label; $limit caps the paths so the drawing stays readable.
// Mirrors: none (a drawing query; the Python layer draws with `supplygraph html`)
// Columns: path
// Parameters (paste into Neo4j Browser):
// :param name => 'rare earths';
// :param hops => 1;
// :param limit => 150;
MATCH (centre)
WHERE centre.sg_managed = true
  AND (toLower(centre.name) = toLower($name)
       OR toLower($name) IN [a IN coalesce(centre.aliases, []) | toLower(a)])
WITH centre ORDER BY centre.id LIMIT 1
MATCH path = (centre)-[*1..2]-(other)
WHERE length(path) <= $hops
RETURN path
LIMIT toInteger($limit)
