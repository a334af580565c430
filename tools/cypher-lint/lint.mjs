// Lint Cypher with Neo4j's own parser (@neo4j-cypher/language-support).
//
// stdin:  {"schema": {labels, relationshipTypes, propertyKeys, parameters, graphSchema},
//          "queries": [{"name": "...", "query": "...", "parameters": {...}}, ...]}
//         (a query's own "parameters" replace the schema's for that query)
//         (a bare list of {name, query} is accepted too, linted without a schema)
// stdout: [{"name": "...", "diagnostics": [{severity, message, line, column, offset}]}]
// severity: "error" | "warning" | "info" | "hint". Exit 0 unless the input is unreadable.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const input = JSON.parse(await readStdin());
const queries = Array.isArray(input) ? input : input.queries;
const given = Array.isArray(input) ? {} : input.schema ?? {};
// Built-in functions and procedures come from the package's mock schema, so
// that count(), collect(), toLower() ... are known; the rest is ours.
const mock = testData.mockSchema;
const dbSchema = {
  functions: mock.functions,
  procedures: mock.procedures,
  ...given,
};

const out = queries.map(({ name, query, parameters }) => {
  const schema = parameters ? { ...dbSchema, parameters } : dbSchema;
  const { diagnostics } = lintCypherQuery(query, schema, { consoleCommandsEnabled: true });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      offset: d.offsets?.start ?? null,
    })),
  };
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
