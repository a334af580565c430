"""The Neo4j path against a real Bolt server (ArcadeDB, see tests/neo4j_server.py).

Push the bundled graph, push it again, run every query file, compare the
Cypher chokepoint queries with the Python functions, round-trip hostile
names through push and export, and check the errors a user meets.
"""

from __future__ import annotations

import csv
import importlib
import json
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("arcadedb_embedded", reason="arcadedb-embedded (test extra) provides the Bolt server")

from click.testing import CliRunner  # noqa: E402

from graph import Edge, Node, Source, add_records, counts, new_graph  # noqa: E402
from graph.neo4j import (GraphDatabaseError, connect, database_counts, push, run_query,  # noqa: E402
                         run_write, wipe)
from graph.neo4j_export import csv_files, cypher_script, grass_style, write_export  # noqa: E402
from queries.cypher_library import get_query, list_queries  # noqa: E402
from supplygraph.build import build_graph  # noqa: E402
from supplygraph.cli import main  # noqa: E402

from neo4j_server import free_port  # noqa: E402

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2026-01-01"
HOSTILE = "O'Brien \"`tick`\" }) DETACH DELETE n // \\ back\nslash; a|b"


@pytest.fixture(scope="session")
def bundled():
    return build_graph(REPO / "data")


@pytest.fixture(scope="session")
def driver(bolt_server):
    with connect(bolt_server.uri, *bolt_server.auth, bolt_server.database) as d:
        yield d


@pytest.fixture(scope="session")
def pushed(bolt_server, driver, bundled):
    """The bundled graph pushed once into the main database; the first push's summary."""
    summary = push(driver, bundled, bolt_server.database, wipe_first=True)
    return summary


@pytest.fixture()
def scratch(bolt_server, driver):
    """The scratch database, emptied before and after the test."""
    run_write(driver, "MATCH (n) DETACH DELETE n", database="scratch")
    yield "scratch"
    run_write(driver, "MATCH (n) DETACH DELETE n", database="scratch")


def _snapshot(driver, database):
    nodes = run_query(driver, "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p "
                      "ORDER BY id", database=database)
    rels = run_query(driver, "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, properties(r) AS p "
                     "ORDER BY a, t, k, b.id", database=database)
    return nodes, rels


# ---------------------------------------------------------------- push

def test_push_counts_by_label_and_type_equal_the_graph(pushed, driver, bolt_server, bundled):
    assert database_counts(driver, bolt_server.database) == counts(bundled)
    assert pushed.counters["nodes_created"] == bundled.number_of_nodes()
    assert pushed.counters["relationships_created"] == bundled.number_of_edges()
    assert pushed.rows == bundled.number_of_nodes() + bundled.number_of_edges()


def test_second_push_changes_nothing(pushed, driver, bolt_server, bundled):
    before = _snapshot(driver, bolt_server.database)
    again = push(driver, bundled, bolt_server.database, batch_size=97)
    assert again.counters["nodes_created"] == 0
    assert again.counters["relationships_created"] == 0
    assert database_counts(driver, bolt_server.database) == counts(bundled)
    assert _snapshot(driver, bolt_server.database) == before


def test_constraints_exist_and_reject_a_duplicate_id(pushed, driver, bolt_server):
    names = {r["name"] for r in run_query(driver, "SHOW CONSTRAINTS", database=bolt_server.database)}
    assert {"sg_country_id", "sg_material_id"} <= names
    with pytest.raises(GraphDatabaseError, match="ConstraintValidationFailed"):
        run_write(driver, "CREATE (:Country {id: 'country:china'})", database=bolt_server.database)


def test_parallel_supplies_edges_stay_distinct_with_provenance(pushed, driver, bolt_server, bundled):
    rows = run_query(driver, "MATCH (:Country {id: 'country:china'})-[r:SUPPLIES]->(:Material {id: "
                     "'material:rare-earths'}) RETURN r.key AS key, r.stage AS stage, r.share AS share, "
                     "r.sources AS sources, r.source_urls AS urls ORDER BY key", database=bolt_server.database)
    graph_edges = bundled["country:china"]["material:rare-earths"]
    assert [r["key"] for r in rows] == sorted(k for k in graph_edges if k.startswith("SUPPLIES|"))
    for r in rows:
        attrs = graph_edges[r["key"]]
        assert r["stage"] == attrs["stage"] and r["share"] == attrs.get("share")
        assert [json.loads(s) for s in r["sources"]] == attrs["sources"]
        assert set(r["urls"]) == {s["source_url"] for s in attrs["sources"] if s.get("source_url")}


# ---------------------------------------------------------------- query library

@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_file_returns_rows_with_its_declared_columns(pushed, driver, bolt_server, query):
    rows = run_query(driver, query.text, query.params, bolt_server.database)
    assert rows, f"{query.name} returned no rows with its default parameters"
    assert list(rows[0]) == query.columns


def _cypher_frame(driver, database, name, **params):
    q = get_query(name)
    rows = run_query(driver, q.text, {**q.params, **params}, database)
    return pd.DataFrame(rows, columns=q.columns)


def _records(df, columns):
    df = df[columns]
    return [tuple(r) for r in df.astype(object).where(df.notna(), None).itertuples(index=False)]


def _python(module, function):
    return getattr(importlib.import_module(f"queries.{module}"), function)


@pytest.mark.parametrize("material", [None, "rare earths", "synthetic diamond"])
def test_concentration_query_equals_python(pushed, driver, bolt_server, bundled, material):
    concentration = _python("concentration", "concentration")
    cy = _cypher_frame(driver, bolt_server.database, "concentration", material=material)
    py = concentration(bundled, material)
    columns = ["material", "stage", "suppliers", "hhi", "top_supplier", "top_share", "top3_share",
               "covered_share", "flag_hhi", "flag_top"]
    assert len(py) > 0
    assert _records(cy, columns) == _records(py, columns)


@pytest.mark.parametrize("material,country,as_of", [("rare earths", "China", AS_OF),
                                                     ("synthetic diamond", "China", AS_OF),
                                                     ("gallium", "China", "2025-06-01")])
def test_dependency_paths_query_equals_python(pushed, driver, bolt_server, bundled, material, country, as_of):
    dependency_paths = _python("paths", "dependency_paths")
    cy = _cypher_frame(driver, bolt_server.database, "dependency_paths", material=material, country=country,
                       as_of=as_of)
    py = dependency_paths(bundled, material, on=country, as_of=as_of)
    columns = ["rank", "material", "country", "target", "target_type", "kind", "node", "stage", "actor",
               "share", "status", "weight", "hops", "path"]
    assert len(py) > 0
    assert _records(cy, columns) == _records(py, columns)


@pytest.mark.parametrize("country", ["China", "United States"])
def test_what_if_query_equals_python(pushed, driver, bolt_server, bundled, country):
    what_if = _python("whatif", "what_if")
    cy = _cypher_frame(driver, bolt_server.database, "what_if_remove_country", country=country)
    py = what_if(bundled, remove_country=country)
    columns = [c for c in get_query("what_if_remove_country").columns if not c.startswith("source_")]
    assert len(py) > 0
    assert _records(cy, columns) == _records(py, columns)


# controls with direct losses, group shares standing in for listed elements, a suspension, a
# superseded measure, one found by name, and one whose imposer supplies nothing it covers (no rows)
@pytest.mark.parametrize("control", ["CN-2025-18", "CN-2025-70", "CN-2024-46-C2", "CD-2025-001", "cn-2023-39",
                                     "CN-2023-TECHCAT"])
def test_what_if_apply_control_query_equals_python(pushed, driver, bolt_server, bundled, control):
    what_if = _python("whatif", "what_if")
    cy = _cypher_frame(driver, bolt_server.database, "what_if_apply_control", control=control, as_of=AS_OF)
    py = what_if(bundled, apply_control=control, as_of=AS_OF)
    columns = [c for c in get_query("what_if_apply_control").columns if not c.startswith("source_")]
    assert _records(cy, columns) == _records(py, columns)
    if control != "CN-2023-TECHCAT":
        assert len(py) > 0 and "direct" in set(py["kind"])
    if control == "CN-2025-70":
        assert {"direct", "downstream"} <= set(py["kind"]) and py["via"].str.startswith("share of").any()


def test_what_if_apply_control_query_finds_a_control_by_name(pushed, driver, bolt_server, bundled):
    name = next(d["name"] for _, d in bundled.nodes(data=True) if d.get("catalog_key") == "CN-2025-18")
    by_key = _cypher_frame(driver, bolt_server.database, "what_if_apply_control", control="CN-2025-18", as_of=AS_OF)
    by_name = _cypher_frame(driver, bolt_server.database, "what_if_apply_control", control=name.upper(), as_of=AS_OF)
    assert len(by_key) > 0 and by_name.equals(by_key)


@pytest.mark.parametrize("material", [None, "rare earths"])
def test_export_control_query_equals_python(pushed, driver, bolt_server, bundled, material):
    control_exposure = _python("controls", "control_exposure")
    cy = _cypher_frame(driver, bolt_server.database, "export_control_exposure", material=material, as_of=AS_OF)
    py = control_exposure(bundled, material, as_of=AS_OF)
    columns = [c for c in get_query("export_control_exposure").columns if not c.startswith("source_")]
    assert len(py) > 0
    assert _records(cy, columns) == _records(py, columns)


def test_alternatives_query_equals_python(pushed, driver, bolt_server, bundled):
    alternative_suppliers = _python("whatif", "alternative_suppliers")
    cy = _cypher_frame(driver, bolt_server.database, "alternative_suppliers", material="rare earths",
                       exclude_country="China")
    py = alternative_suppliers(bundled, "rare earths", exclude_country="China")
    columns = [c for c in get_query("alternative_suppliers").columns if not c.startswith("source_")]
    assert len(py) > 0
    assert _records(cy, columns) == _records(py, columns)


def test_header_defaults_match_the_python_thresholds():
    import yaml

    cfg = yaml.safe_load((REPO / "queries" / "scoring.yaml").read_text(encoding="utf-8"))
    paths = get_query("dependency_paths").params
    controls = get_query("export_control_exposure").params
    conc = get_query("concentration").params
    assert paths["status_weights"] == controls["status_weights"] == cfg["status_weights"]
    assert paths["relief_patterns"] == controls["relief_patterns"] == cfg["relief"]["name_patterns"]
    assert paths["unknown_share"] == cfg["paths"]["unknown_share"]
    assert paths["per_target"] == cfg["paths"]["per_target"]
    assert conc["hhi_flag"] == cfg["concentration"]["hhi_flag"]
    assert conc["top_share_flag"] == controls["top_share_flag"] == cfg["concentration"]["top_share_flag"]


# ---------------------------------------------------------------- hostile names, wipe, export

def _hostile_graph():
    G = new_graph()
    src = Source.from_document("odd'doc.txt", f"{HOSTILE} mines 40%.", 0, 9, source_url="https://example.org/a'b")
    add_records(G, [Node("Country", HOSTILE, aliases=("x`y",)), Node("Material", "rare earths"),
                    Edge("SUPPLIES", "country:" + "o-brien-tick-detach-delete-n-back-slash-a-b",
                         "material:rare-earths", {"stage": "mine", "share": 0.4, "share_note": HOSTILE}, (src,))])
    return G


def test_hostile_name_round_trips_through_push(scratch, driver):
    G = _hostile_graph()
    assert HOSTILE in {d["name"] for _, d in G.nodes(data=True)}
    push(driver, G, scratch)
    push(driver, G, scratch)
    rows = run_query(driver, "MATCH (c:Country)-[r:SUPPLIES]->(m:Material) RETURN c.name AS name, "
                     "c.aliases AS aliases, r.share_note AS note, r.source_sentences AS sentences", database=scratch)
    assert rows == [{"name": HOSTILE, "aliases": ["x`y"], "note": HOSTILE, "sentences": [f"{HOSTILE} mines 40%."]}]
    assert database_counts(driver, scratch) == counts(G)


def test_hostile_name_round_trips_through_the_cypher_script(scratch, driver):
    G = _hostile_graph()
    script = cypher_script(G)
    statements = [line[:-1] for line in script.splitlines() if line and not line.startswith("//")]
    assert all(line.endswith(";") for line in script.splitlines() if line and not line.startswith("//"))
    for statement in statements:
        run_write(driver, statement, database=scratch)
    rows = run_query(driver, "MATCH (c:Country)-[r:SUPPLIES]->(m:Material) RETURN c.name AS name, "
                     "r.share_note AS note, r.sources AS sources", database=scratch)
    assert [(r["name"], r["note"]) for r in rows] == [(HOSTILE, HOSTILE)]
    assert json.loads(rows[0]["sources"][0])["sentence"] == f"{HOSTILE} mines 40%."
    assert database_counts(driver, scratch) == counts(G)


def test_hostile_name_round_trips_through_the_csv_files():
    G = _hostile_graph()
    files, options = csv_files(G)
    delimiter = options["array_delimiter"]
    assert options["multiline_fields"] is True and delimiter not in (";", "|")  # both occur in the name
    rows = list(csv.DictReader(files["nodes_Country.csv"].splitlines(keepends=True)))
    assert rows[0]["name"] == HOSTILE and rows[0]["aliases:string[]"].split(delimiter) == ["x`y"]
    rel = list(csv.DictReader(files["relationships_SUPPLIES.csv"].splitlines(keepends=True)))[0]
    assert rel["share_note"] == HOSTILE and rel["share:float"] == "0.4" and rel[":TYPE"] == "SUPPLIES"
    assert json.loads(rel["sources:string[]"].split(delimiter)[0])["sentence"] == f"{HOSTILE} mines 40%."


def test_wipe_deletes_only_what_supplygraph_wrote(scratch, driver):
    G = _hostile_graph()
    run_write(driver, "CREATE (:Country {id: 'user:mine', name: 'Not ours'})-[:SUPPLIES {key: 'theirs'}]->"
              "(:Material {id: 'user:stuff', name: 'Their stuff'})", database=scratch)
    push(driver, G, scratch)
    run_write(driver, "MATCH (a:Country {id: 'user:mine'}), (b:Material {id: 'material:rare-earths'}) "
              "CREATE (a)-[:USED_IN {key: 'user-link'}]->(b)", database=scratch)
    deleted = wipe(driver, scratch, batch_size=1)
    assert deleted == {"relationships": 1, "nodes": 1, "kept": 1}  # rare earths still has the user's link
    left = run_query(driver, "MATCH (n) RETURN n.id AS id ORDER BY id", database=scratch)
    assert [r["id"] for r in left] == ["material:rare-earths", "user:mine", "user:stuff"]
    assert run_query(driver, "MATCH ()-[r]->() RETURN count(r) AS n", database=scratch)[0]["n"] == 2


def test_push_with_wipe_from_the_cli_prints_a_summary_and_never_the_password(scratch, bolt_server, tmp_path):
    graph_file = tmp_path / "g.json"
    from graph.io import write_graph

    G = _hostile_graph()
    write_graph(G, graph_file)
    result = CliRunner().invoke(main, ["neo4j", "push", "--uri", bolt_server.uri, "--user", bolt_server.auth[0],
                                       "--database", scratch, "--wipe", "--batch-size", "1", "--graph",
                                       str(graph_file), "--data", str(REPO / "data")],
                                env={"NEO4J_PASSWORD": bolt_server.password})
    assert result.exit_code == 0, result.output
    assert "pushed 3 rows" in result.output and "created 2 nodes, 1 relationships" in result.output
    assert bolt_server.password not in result.output


# ---------------------------------------------------------------- errors

def test_bad_credentials_give_one_clean_line_without_the_password(bolt_server):
    secret = "wrong-Secret-42"
    with pytest.raises(GraphDatabaseError) as err:
        connect(bolt_server.uri, "root", secret, bolt_server.database)
    assert "credentials" in str(err.value) and secret not in str(err.value)
    result = CliRunner().invoke(main, ["neo4j", "push", "--uri", bolt_server.uri, "--user", "root",
                                       "--password", secret])
    assert result.exit_code == 2
    assert secret not in result.output and "Traceback" not in result.output
    assert result.stderr.splitlines() == [f"error: Neo4j at {bolt_server.uri} refused the credentials of user 'root'"]


def test_refused_connection_gives_a_clean_error():
    port = free_port()  # nothing listens there
    with pytest.raises(GraphDatabaseError, match=f"cannot connect to Neo4j at bolt://127.0.0.1:{port}"):
        connect(f"bolt://127.0.0.1:{port}", "neo4j", "pw-not-shown", None)
    result = CliRunner().invoke(main, ["neo4j", "push", "--uri", f"bolt://127.0.0.1:{port}"],
                                env={"NEO4J_PASSWORD": "pw-not-shown"})
    assert result.exit_code == 2 and "pw-not-shown" not in result.output
    assert result.stderr.splitlines() == [f"error: cannot connect to Neo4j at bolt://127.0.0.1:{port}: Connection refused"]


def test_missing_database_gives_a_clean_error(bolt_server):
    with pytest.raises(GraphDatabaseError, match="database 'no_such_db' does not exist"):
        connect(bolt_server.uri, *bolt_server.auth, "no_such_db")


def test_unknown_uri_scheme_is_refused_before_connecting():
    with pytest.raises(GraphDatabaseError, match="bad Neo4j URI 'http://db.example:7474'"):
        connect("http://user:secret@db.example:7474", "neo4j", "secret", None)


# ---------------------------------------------------------------- export files

@pytest.mark.parametrize("fmt", ["cypher", "csv"])
def test_export_is_deterministic_and_complete(tmp_path, bundled, fmt):
    a = write_export(bundled, tmp_path / "a", fmt)
    b = write_export(bundled, tmp_path / "b", fmt)
    assert [p.name for p in a] == [p.name for p in b]
    assert all(p.read_bytes() == q.read_bytes() for p, q in zip(a, b))
    assert (tmp_path / "a" / "style.grass").read_text() == grass_style()
    if fmt == "cypher":
        script = (tmp_path / "a" / "supplygraph.cypher").read_text()
        first_merge = script.index("MERGE")
        assert script.rindex("CREATE CONSTRAINT") < first_merge  # constraints first
        assert script.count("\nMERGE (n:") == bundled.number_of_nodes()
        assert script.count("\nMATCH (a:") == bundled.number_of_edges()
    else:
        names = {p.name for p in a}
        assert {"import.sh", "constraints.cypher", "nodes_Country.csv", "relationships_SUPPLIES.csv"} <= names
        header = (tmp_path / "a" / "relationships_SUPPLIES.csv").read_text().splitlines()[0].split(",")
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert {"share:float", "year:int", "hedged:boolean", "source_urls:string[]"} <= set(header)
        nodes = sum(len(p.read_text().splitlines()) - 1 for p in a if p.name.startswith("nodes_"))
        assert nodes == bundled.number_of_nodes()


def test_committed_style_file_is_current():
    assert (REPO / "graph" / "style.grass").read_text(encoding="utf-8") == grass_style()


def test_cypher_cli_lists_and_shows_queries():
    runner = CliRunner()
    listed = runner.invoke(main, ["cypher", "list"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0
    for q in list_queries():
        assert q.name in listed.output
    shown = runner.invoke(main, ["cypher", "show", "concentration"])
    assert shown.exit_code == 0 and shown.output.rstrip("\n") == get_query("concentration").text.rstrip("\n")
    missing = runner.invoke(main, ["cypher", "show", "no_such_query"])
    assert missing.exit_code == 2 and "no Cypher query named 'no_such_query'" in missing.stderr


def test_export_from_the_cli_writes_the_script_and_the_style(tmp_path):
    from graph.io import write_graph

    graph_file = tmp_path / "g.json"
    write_graph(_hostile_graph(), graph_file)
    result = CliRunner().invoke(main, ["neo4j", "export", "--format", "cypher", "--out", str(tmp_path / "out"),
                                       "--graph", str(graph_file), "--data", str(REPO / "data")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "supplygraph.cypher").read_text() == cypher_script(_hostile_graph())
    assert result.stderr.strip() == f"load with: cypher-shell -u neo4j -f {tmp_path / 'out' / 'supplygraph.cypher'}"
