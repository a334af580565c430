"""Guarantees across the project: hostile input, determinism, injection, secrets.

Per-component tests live beside each component; this module checks the
promises that cut across them (issue: reliability, security and scale).
"""

from __future__ import annotations

import ast
import hashlib
import random
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph import SchemaError
from graph.io import graph_to_dict, dumps
from supplygraph.build import build_graph
from supplygraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
ARTICLES = ROOT / "notebooks" / "articles"

GOOD = ("Australia produces about 12% of the world's lithium. "
        "Rare earths are essential for wind turbines.\n")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def docs(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "latin1.txt").write_bytes("Chile produces lithium and caf\xe9 ".encode("latin-1") * 10)
    (d / "empty.txt").write_bytes(b"")
    (d / "page.html").write_text(
        "<html><head><script>var x = 'China produces 99% of gallium';</script>"
        "<style>p {color: red}</style></head><body><p>Canada mines cobalt.</p>"
        "<script>alert('Japan supplies 90% of nickel')</script></body></html>", encoding="utf-8")
    return d


def test_bad_documents_are_skipped_and_the_rest_still_load(docs):
    skipped: list = []
    with pytest.warns(UserWarning) as caught:
        G = build_graph(DATA, [docs], skipped=skipped)
    reasons = {Path(str(p)).name for p, _ in skipped}
    assert reasons == {"binary.txt", "latin1.txt", "empty.txt"}
    assert any("binary.txt" in str(w.message) for w in caught)
    # The good article and the HTML body made it in; script text did not.
    docs_seen = {s.get("document") for _, _, d in G.edges(data=True) for s in d["sources"]}
    assert {"good.txt", "page.html"} <= docs_seen
    gallium = [s for u, v, d in G.edges(data=True) for s in d["sources"]
               if s.get("document") == "page.html" and "gallium" in s.get("sentence", "")]
    assert not gallium, "text inside <script> must never become a fact"
    # Nothing of the tables was lost.
    assert G.number_of_edges() > build_graph(DATA).number_of_edges() - 1


def test_huge_single_line_document_is_skipped_without_reading_it_all(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    with (d / "oneline.txt").open("w", encoding="utf-8") as fh:
        chunk = "China produces gallium, " * 4096
        for _ in range(100 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    skipped: list = []
    with pytest.warns(UserWarning, match="oneline.txt"):
        G = build_graph(DATA, [d], skipped=skipped)
    assert [Path(str(p)).name for p, _ in skipped] == ["oneline.txt"]
    assert any(s.get("document") == "good.txt" for _, _, e in G.edges(data=True) for s in e["sources"])


def test_build_with_skipped_documents_exits_1_and_names_them(docs, tmp_path):
    result = CliRunner().invoke(main, ["build", "--data", str(DATA), "--docs", str(docs),
                                       "--out", str(tmp_path / "g.json"), "--quiet"])
    assert result.exit_code == 1
    assert "binary.txt" in result.output and "Traceback" not in result.output
    assert (tmp_path / "g.json").exists()


def test_document_order_does_not_change_the_graph(tmp_path):
    files = sorted(ARTICLES.glob("*.txt")) + sorted((ROOT / "tests" / "holdout" / "docs").glob("*.txt"))
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != files
    a = dumps(graph_to_dict(build_graph(DATA, files)))
    b = dumps(graph_to_dict(build_graph(DATA, shuffled)))
    assert a == b


def test_table_order_does_not_change_the_graph(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA, d)
    for csv_path in d.glob("*.csv"):
        lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
        body = lines[1:]
        random.Random(3).shuffle(body)
        csv_path.write_text(lines[0] + "".join(body), encoding="utf-8")
    a, b = build_graph(DATA), build_graph(d)
    # Row numbers differ with the order; everything else must be the same.
    def strip_rows(G):
        data = graph_to_dict(G)
        for item in data["nodes"] + data["edges"]:
            item["sources"] = sorted(dumps({k: v for k, v in s.items() if k != "row"}) for s in item["sources"])
        return dumps(data)
    assert strip_rows(a) == strip_rows(b)


@pytest.mark.parametrize("args", [
    ["report", "--format", "json", "--as-of", "2026-01-01"],
    ["report", "--format", "csv", "--as-of", "2026-01-01"],
    ["neo4j", "export", "--format", "cypher"],
    ["neo4j", "export", "--format", "csv"],
    ["html", "--material", "rare earths", "--as-of", "2026-01-01"],
])
def test_outputs_are_byte_identical_across_runs(tmp_path, args):
    graph = tmp_path / "graph.json"
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--out", str(graph), "--quiet"]).exit_code == 0
    digests = []
    for run in range(2):
        out = tmp_path / f"out{run}"
        target = ["--out", str(out if args[0] == "neo4j" else out.with_suffix(".x"))]
        result = runner.invoke(main, args + ["--graph", str(graph)] + target)
        assert result.exit_code == 0, result.output
        if out.is_dir():
            digests.append([(p.relative_to(out).as_posix(), _sha(p)) for p in sorted(out.rglob("*")) if p.is_file()])
        else:
            digests.append([("file", _sha(out.with_suffix(".x")))])
    assert digests[0] == digests[1] and digests[0]


# --- injection: values never reach Cypher except as parameters --------------------------------

CYPHER = re.compile(r"\b(MATCH|MERGE|CREATE|DELETE|SET|UNWIND|RETURN)\b")


def _cypher_fstrings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if CYPHER.search(text):
                yield node


def test_cypher_is_built_only_from_schema_names():
    """Every interpolation into a Cypher f-string in the driver module goes through cypher_name()."""
    found = 0
    for node in _cypher_fstrings(ROOT / "graph" / "neo4j.py"):
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                found += 1
                expr = value.value
                ok = (isinstance(expr, ast.Call) and getattr(expr.func, "id", "") == "cypher_name") or \
                     (isinstance(expr, ast.Name) and expr.id in {"marker", "lab"})
                assert ok, f"graph/neo4j.py:{node.lineno}: {ast.unparse(expr)} interpolated into Cypher"
    assert found >= 5


def test_statement_builders_refuse_names_outside_the_schema():
    from graph.neo4j import merge_nodes_statement, merge_relationships_statement

    with pytest.raises(SchemaError):
        merge_nodes_statement("Country {id: 1}) DETACH DELETE n //")
    with pytest.raises(SchemaError):
        merge_relationships_statement("SUPPLIES]->() DETACH DELETE n //", "Country", "Material")


def test_no_other_module_talks_to_the_driver():
    users = [p.relative_to(ROOT).as_posix() for pkg in ("graph", "loaders", "queries", "supplygraph")
             for p in (ROOT / pkg).rglob("*.py")
             if re.search(r"^\s*(import neo4j|from neo4j\b)", p.read_text(encoding="utf-8"), re.M)]
    assert users == ["graph/neo4j.py"]


def test_pyvis_lives_in_one_module():
    users = [p.relative_to(ROOT).as_posix() for pkg in ("graph", "loaders", "queries", "supplygraph")
             for p in (ROOT / pkg).rglob("*.py")
             if re.search(r"^\s*(import pyvis|from pyvis\b)", p.read_text(encoding="utf-8"), re.M)]
    assert users == ["graph/html.py"]


def test_package_boundaries():
    """graph imports nothing of ours; loaders and queries import only graph."""
    ours = {"graph", "loaders", "queries", "supplygraph"}
    allowed = {"graph": {"graph"}, "loaders": {"graph", "loaders"}, "queries": {"graph", "queries"}}
    for pkg, ok in allowed.items():
        for path in (ROOT / pkg).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                for name in names:
                    top = name.split(".")[0]
                    assert top not in ours or top in ok, f"{path.relative_to(ROOT)} imports {name}"


# --- secrets -------------------------------------------------------------------------------------

def test_password_is_never_a_help_default(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "hunter2-very-secret")
    result = CliRunner().invoke(main, ["neo4j", "push", "--help"])
    assert result.exit_code == 0
    assert "hunter2-very-secret" not in result.output


def test_password_is_not_echoed_on_a_refused_connection(monkeypatch, tmp_path):
    monkeypatch.setenv("NEO4J_PASSWORD", "hunter2-very-secret")
    result = CliRunner().invoke(main, ["neo4j", "push", "--uri", "bolt://127.0.0.1:9", "--user", "neo4j"])
    assert result.exit_code == 2
    assert "hunter2-very-secret" not in result.output
    assert result.output.count("\n") <= 3 and "Traceback" not in result.output


def test_ownership_cycle_stated_by_articles_is_dropped_with_a_warning(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text("Northwind Resources Ltd, a subsidiary of Harbour Magnetics Corp, mines lithium in Chile.\n", encoding="utf-8")
    (d / "b.txt").write_text("Harbour Magnetics Corp, a subsidiary of Northwind Resources Ltd, makes magnets in Japan.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="PART_OF cycle between Harbour Magnetics and Northwind Resources dropped"):
        G = build_graph(DATA, [d])
    from graph.checks import part_of_cycles
    assert part_of_cycles(G) == []
    assert G.number_of_edges() >= build_graph(DATA).number_of_edges()


@pytest.mark.parametrize("args,message", [
    (["report", "--as-of", "2025-13-45"], "not a date"),
    (["report", "--material", "unobtainium"], "no Material"),
    (["report", "--dependent-on", "Atlantis"], "no Country"),
    (["html", "--material", "unobtainium"], "no Material"),
    (["neo4j", "export", "--format", "csv", "--out", "/proc/supplygraph-cannot-write"], "error: /proc"),
    (["html", "--out", "/proc/supplygraph/x.html"], "error: /proc"),
    (["cypher", "show", "nope"], "no Cypher query"),
])
def test_bad_command_input_gives_one_line_not_a_traceback(tmp_path, args, message):
    graph = tmp_path / "graph.json"
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--out", str(graph), "--quiet"]).exit_code == 0
    if args[0] in ("report", "html") or args[:2] == ["neo4j", "export"]:
        args = args + ["--graph", str(graph)]
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_corrupt_graph_file_is_named(tmp_path):
    bad = tmp_path / "graph.json"
    bad.write_text('{"nodes": [', encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--graph", str(bad)])
    assert result.exit_code == 2 and str(bad) in result.output and "Traceback" not in result.output
