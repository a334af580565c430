"""The table loader on the bundled data and on malformed tables."""

import csv
import shutil
from pathlib import Path

import pytest

from graph import DataError, counts
from graph.io import write_graph
from supplygraph.build import build_graph

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="module")
def G():
    return build_graph(DATA)


def test_every_export_control_is_present_with_its_items(G):
    rows = list(csv.DictReader((DATA / "export_controls.csv").open(encoding="utf-8")))
    assert len(rows) == 28
    by_key = {d.get("catalog_key"): n for n, d in G.nodes(data=True) if d["type"] == "ExportControl"}
    for row in rows:
        node = by_key[row["id"]]
        restricted = {G.nodes[v]["name"] for _, v, d in G.out_edges(node, data=True) if d["type"] == "RESTRICTS"}
        items = [x for x in (row["materials"] + ";" + row["technologies"]).split(";") if x]
        assert len(restricted) >= 1 and len(restricted) <= len(items), row["id"]
        imposers = [G.nodes[u]["name"] for u, _, d in G.in_edges(node, data=True) if d["type"] == "IMPOSES"]
        assert len(imposers) == 1, row["id"]


def test_graph_is_large_enough_and_every_edge_has_a_source(G):
    c = counts(G)["nodes"]
    assert sum(c[t] for t in ("Country", "Material", "Firm", "ExportControl")) >= 150
    for u, v, d in G.edges(data=True):
        assert d["sources"], (u, v, d["type"])
        for s in d["sources"]:
            assert s["kind"] == "table" and s["source_url"].startswith("http") and s["row"] >= 2


def test_conflicting_rare_earth_mining_shares_are_both_kept(G):
    e = G.edges["country:china", "material:rare-earths", "SUPPLIES|mine"]
    shares = sorted(s["claim"]["share"] for s in e["sources"])
    assert shares[0] < 0.65 < 0.69 <= shares[-1]
    assert "share" in e["disputed"]


def test_build_is_byte_identical(tmp_path, G):
    write_graph(G, tmp_path / "a.json")
    write_graph(build_graph(DATA), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def _copy_with(tmp_path, name, mutate):
    d = tmp_path / "data"
    shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("*.md"))
    lines = (d / name).read_text(encoding="utf-8").splitlines(keepends=True)
    mutate(lines)
    (d / name).write_text("".join(lines), encoding="utf-8")
    return d


@pytest.mark.parametrize("name,mutate,match", [
    ("production.csv", lambda ls: ls.insert(3, "gallium,refining,China\n"), r"production\.csv:4: expected \d+ columns, found 3"),
    ("production.csv", lambda ls: ls.insert(3, "gallium,refining,China,2024,1,t,1.7,,https://x.org,t\n"), r"production\.csv:4: .*share must lie in 0\.\.1"),
    ("production.csv", lambda ls: ls.insert(3, "gallium,refining,China,2024,1,t,lots,,https://x.org,t\n"), r"production\.csv:4: .*share"),
    ("production.csv", lambda ls: ls.insert(3, "gallium,refining,Atlantis,2024,1,t,0.1,,https://x.org,t\n"), r"production\.csv:4: unknown country 'Atlantis'"),
    ("production.csv", lambda ls: ls.insert(3, "gallium,smelting,China,2024,1,t,0.1,,https://x.org,t\n"), r"production\.csv:4: .*stage.*not one of"),
    ("production.csv", lambda ls: ls.insert(3, "gallium,refining,China,2024,1,t,0.1,,,t\n"), r"production\.csv:4: empty required column\(s\) source_url"),
    ("export_controls.csv", lambda ls: ls.__setitem__(2, ls[2].replace("2023-10-20", "20/10/2023")), r"export_controls\.csv:3: .*not a date"),
    ("uses.csv", lambda ls: ls.insert(2, "gallium,defense,Planet,true,x,https://x.org\n"), r"uses\.csv:3: .*unknown node type 'Planet'"),
    ("firms.csv", lambda ls: ls.__setitem__(0, ls[0].replace("country", "nation")), r"firms\.csv:1: missing column\(s\) country"),
])
def test_malformed_rows_name_file_and_line(tmp_path, name, mutate, match):
    d = _copy_with(tmp_path, name, mutate)
    with pytest.raises(DataError, match=match):
        build_graph(d)


def test_cli_reports_bad_row_without_traceback_and_keeps_old_graph(tmp_path):
    from click.testing import CliRunner
    from supplygraph.cli import main

    out = tmp_path / "graph.json"
    runner = CliRunner()
    ok = runner.invoke(main, ["build", "--data", str(DATA), "--out", str(out), "--quiet"])
    assert ok.exit_code == 0, ok.output
    before = out.read_bytes()
    d = _copy_with(tmp_path, "production.csv", lambda ls: ls.insert(3, "gallium,refining\n"))
    bad = runner.invoke(main, ["build", "--data", str(d), "--out", str(out), "--quiet"])
    assert bad.exit_code == 2
    assert "production.csv:4:" in bad.output and "Traceback" not in bad.output
    assert out.read_bytes() == before


def test_duplicate_control_id_names_both_lines(tmp_path):
    def dup(ls):
        ls.append(ls[1])
    d = _copy_with(tmp_path, "export_controls.csv", dup)
    with pytest.raises(DataError, match=r"export_controls\.csv:\d+: duplicate id 'CN-2023-23' \(first on line 2\)"):
        build_graph(d)


def test_part_of_cycle_is_refused_with_its_rows(tmp_path):
    def cycle(ls):
        ls.append("Anglo American,United Kingdom,Element Six,,x,https://example.org/a\n")
    d = _copy_with(tmp_path, "firms.csv", cycle)
    with pytest.raises(DataError, match=r"PART_OF cycle between Anglo American and De Beers Group and Element Six"):
        build_graph(d)


@pytest.mark.parametrize("content,match", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", r"uses\.csv:1: unreadable header"),
    ("material,used_in\n".encode("utf-16"), r"uses\.csv:1: (unreadable header|missing column)"),
    (b"", r"uses\.csv:1: empty table"),
    (b"material,used_in,used_in_type,required,application,source_url\n" + b"x" * 300_000, r"uses\.csv:2: unreadable row"),
    (b"material,used_in,used_in_type,required,application,source_url\ngallium,caf\xe9,Industry,true,x,https://x.org\n",
     r"uses\.csv:\d: unreadable row"),
])
def test_hostile_table_files_get_clear_errors(tmp_path, content, match):
    d = _copy_with(tmp_path, "uses.csv", lambda ls: None)
    (d / "uses.csv").write_bytes(content)
    with pytest.raises(DataError, match=match):
        build_graph(d)
