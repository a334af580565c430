"""Every Cypher string we ship or generate passes Neo4j's own parser with the project schema.

Uses npm ``@neo4j-cypher/language-support`` through ``tools/cypher-lint/lint.mjs``
(installed by ``.ci/run`` with ``npm ci``): the query library, the push,
wipe and count statements, and the export script (bundled graph and a
hostile one). No errors, no warnings (unknown labels, types, properties,
undefined parameters, deprecated syntax).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph import Edge, Node, Source, add_records, new_graph
from graph.neo4j import (constraint_statements, count_statements, cypher_schema, merge_nodes_statement,
                         merge_relationships_statement, wipe_statements)
from graph.neo4j_export import cypher_script
from graph.schema import load_schema
from queries.cypher_library import list_queries
from supplygraph.build import build_graph

REPO = Path(__file__).resolve().parents[1]
LINTER = REPO / "tools" / "cypher-lint"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (LINTER / "node_modules" / "@neo4j-cypher").is_dir(),
    reason="needs node and `npm ci` in tools/cypher-lint (.ci/run does both)")


def lint(queries: list[dict], schema: dict | None = None) -> dict[str, list[dict]]:
    """name -> diagnostics, from one run of lint.mjs."""
    payload = {"schema": cypher_schema() if schema is None else schema, "queries": queries}
    result = subprocess.run(["node", str(LINTER / "lint.mjs")], input=json.dumps(payload), text=True,
                            capture_output=True, timeout=300, check=True)
    return {item["name"]: item["diagnostics"] for item in json.loads(result.stdout)}


def _problems(found: dict[str, list[dict]]) -> list[str]:
    return [f"{name}:{d['line']}:{d['column']} {d['severity']}: {d['message']}"
            for name, diags in found.items() for d in diags]


def _push_statements() -> list[dict]:
    schema = load_schema()
    rows = {"rows": [{"id": "x", "source": "a", "target": "b", "key": "k", "props": {}}]}
    out = [{"name": f"constraint {i}", "query": s, "parameters": {}}
           for i, s in enumerate(constraint_statements())]
    out += [{"name": f"merge {label}", "query": merge_nodes_statement(label), "parameters": rows}
            for label in schema.node_types]
    out += [{"name": f"merge {t} {s}->{e}", "query": merge_relationships_statement(t, s, e), "parameters": rows}
            for t, spec in schema.edge_types.items() for s in spec.source for e in spec.target]
    out += [{"name": f"wipe {i}", "query": s, "parameters": {"batch": 1000}} for i, s in enumerate(wipe_statements())]
    out += [{"name": f"count {kind} {name}", "query": s, "parameters": {}}
            for kind, group in count_statements().items() for name, s in group.items()]
    return out


def _hostile_graph():
    G = new_graph()
    name = "O'Brien \"`tick`\" }) DETACH DELETE n // \\ \n\u2028 ; {x}"
    add_records(G, [Node("Country", name), Node("Material", "rare earths"),
                    Edge("SUPPLIES", "country:o-brien-tick-detach-delete-n-x", "material:rare-earths",
                         {"stage": "mine", "share": 1e-7, "share_note": name},
                         (Source.from_document("d.txt", name, 0, 5),))])
    return G


def test_the_linter_catches_what_it_should():
    found = lint([{"name": "typo", "query": "MATCH (n:Contry)-[:SUPPLIES]->(m) RETURN n", "parameters": {}},
                  {"name": "syntax", "query": "MATCH (n RETURN n", "parameters": {}},
                  {"name": "param", "query": "RETURN $missing", "parameters": {}}])
    assert any("Contry" in d["message"] and d["severity"] == "warning" for d in found["typo"])
    assert any(d["severity"] == "error" for d in found["syntax"])
    assert any(d["severity"] == "error" for d in found["param"])


def test_query_library_lints_clean():
    queries = [{"name": q.name, "query": q.text, "parameters": q.params} for q in list_queries()]
    assert len(queries) >= 6
    assert _problems(lint(queries)) == []


def test_browser_param_lines_lint_clean():
    # What a user pastes into Browser before a query: its :param lines.
    queries = [{"name": q.name, "query": "\n".join(q.param_lines), "parameters": {}} for q in list_queries()]
    assert all(q["query"].startswith(":param ") for q in queries)
    assert _problems(lint(queries)) == []


def test_push_wipe_and_count_statements_lint_clean():
    # The keys of the $rows maps read like property accesses to the linter; declare them.
    schema = cypher_schema()
    schema["propertyKeys"] = sorted(set(schema["propertyKeys"]) | {"source", "target", "props"})
    assert _problems(lint(_push_statements(), schema)) == []


_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'")


def _script_sample(script: str) -> str:
    """One statement per shape (literal values blanked), plus every statement with an escape.

    The linter's verdict depends on a statement's structure and on how its
    literals are written; statements differing only in plain literal values
    (~870 in the bundled script, ~230 shapes) add time, not coverage.
    """
    keep: dict[str, str] = {}
    for line in script.splitlines():
        if line.startswith("//") or not line:
            continue
        keep.setdefault(line if "\\" in line else _LITERAL.sub("''", line), line)
    return "\n".join(keep.values())


def test_export_script_of_the_bundled_graph_lints_clean():
    script = cypher_script(build_graph(REPO / "data"))
    sample = _script_sample(script)
    assert sample.count("\n") + 1 >= 100 and "CREATE CONSTRAINT" in sample
    assert _problems(lint([{"name": "bundled", "query": sample, "parameters": {}}])) == []


def test_export_script_of_a_hostile_graph_lints_clean():
    script = cypher_script(_hostile_graph())
    assert "\\'" in script and "\\n" in script and "\\u2028" in script
    assert _problems(lint([{"name": "hostile", "query": script, "parameters": {}}])) == []
