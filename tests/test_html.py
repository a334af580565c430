"""The HTML page without a browser: self-contained, escaped, deterministic, capped; the views and the CLI."""

import base64
import hashlib
import html
import json
import re

import pytest
from click.testing import CliRunner

from graph import Edge, Node, Source, add_records, new_graph, node_id
from graph.html import HtmlView, graph_payload, load_style, render_html, show_html, write_html
from graph.io import write_graph
from queries.toy import toy_graph
from supplygraph.cli import main
from supplygraph.views import neighbourhood_view, paths_view, select_view, supply_neighbourhood

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "</script><script>alert(2)</script> <img src=y onerror=alert(3)> grows diamond grit."


def xss_graph():
    G = new_graph()
    firm, dia = Node("Firm", XSS_NAME), Node("Material", "synthetic diamond")
    src = Source.from_document("made-up.txt", XSS_SENTENCE, 0, len(XSS_SENTENCE),
                               source_url="javascript:alert(4)")
    add_records(G, [firm, dia, Edge("PRODUCES", firm.id, dia.id, {}, (src,))])
    return G


def data_block(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="sg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def test_page_references_no_remote_resource():
    page = render_html(toy_graph(), "toy")
    assert not re.search(r"""\b(src|href)\s*=""", page.split('id="sg-data"')[0])
    assert "<link" not in page and "@import" not in page and "cdn" not in page.lower()
    assert "default-src &#x27;none&#x27;" in page
    # vis-network is inlined whole, its licence header kept.
    assert "vis.js is dual licensed" in page and "@license" in page


def test_csp_hashes_match_the_inline_scripts():
    page = render_html(toy_graph())
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    for js in scripts:
        digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_same_graph_same_bytes():
    a = render_html(toy_graph(), "t", "c", focus=["material:rare-earths"])
    b = render_html(toy_graph(), "t", "c", focus=["material:rare-earths"])
    assert a == b


def test_xss_payloads_stay_data():
    page = render_html(xss_graph(), title=XSS_NAME, caption=XSS_SENTENCE)
    assert XSS_NAME not in page and "<img" not in page
    assert page.count("</script>") == 3  # the data block, vis-network, the page script
    data = data_block(page)
    firm = next(n for n in data["nodes"] if n["type"] == "Firm")
    assert firm["label"] == XSS_NAME
    assert data["edges"][0]["sources"][0]["sentence"] == XSS_SENTENCE


def test_edge_payload_carries_share_stage_status_and_sources():
    G = toy_graph()
    p = graph_payload(G)
    edges = {e["id"]: e for e in p["edges"]}
    sup = edges["country:china|material:rare-earths|SUPPLIES|mine"]
    assert sup["props"]["share"] == 0.7 and sup["props"]["stage"] == "mine"
    assert "share" in sup["disputed"]
    assert {s["kind"] for s in sup["sources"]} == {"table", "document"}
    doc = next(s for s in sup["sources"] if s["kind"] == "document")
    assert doc["sentence"] == "China mines about 60% of rare earths."
    assert any(s.get("source_url") == "https://example.org/toy" for s in sup["sources"])
    restricts = [e for e in p["edges"] if e["type"] == "RESTRICTS"]
    assert restricts and all("status" in e["props"] for e in restricts)
    # width follows the share; the refining edge is a parallel edge and bends away
    assert sup["width"] > edges["country:japan|material:rare-earth-magnets|SUPPLIES|magnet"]["width"]
    assert edges["country:china|material:rare-earths|SUPPLIES|refining"]["curve"] == 1


def test_style_covers_every_type_and_restricts_stands_out():
    style = load_style()
    assert style["edge_types"]["RESTRICTS"]["dashes"]
    assert style["edge_types"]["RESTRICTS"]["colour"] != style["edge_types"]["SUPPLIES"]["colour"]
    assert style["node_types"]["Country"]["colour"] == "#4e79a7"  # from schema.yaml
    shapes = {(s["colour"], s["shape"]) for s in style["node_types"].values()}
    assert len(shapes) == len(style["node_types"])


def test_sizes_follow_scores_and_degree():
    G = toy_graph()
    by_degree = {n["id"]: n["size"] for n in graph_payload(G)["nodes"]}
    assert by_degree["country:china"] == max(by_degree.values())
    scored = {n["id"]: n["size"] for n in graph_payload(G, scores={"country:japan": 1.0})["nodes"]}
    assert scored["country:japan"] == max(scored.values()) > scored["country:china"]


def test_cap_keeps_focus_and_says_what_was_left_out():
    G = new_graph()
    hub = Node("Material", "copper")
    nodes = [Node("Country", f"Land {i:03d}") for i in range(60)]
    src = (Source.from_table("t.csv", 2, None),)
    add_records(G, [hub, *nodes] + [Edge("SUPPLIES", n.id, hub.id, {"stage": "mine"}, src) for n in nodes[:30]])
    p = graph_payload(G, focus=[nodes[59].id], max_nodes=10)
    ids = {n["id"] for n in p["nodes"]}
    assert len(ids) == 10 and hub.id in ids and nodes[59].id in ids
    assert p["omitted"]["nodes"] == 51 and p["omitted"]["edges"] == 30 - 8
    page = render_html(G, max_nodes=10)
    assert "10 nodes and 9 edges drawn of 61 and 30" in page and "Left out" in page


def test_write_and_jupyter_view(tmp_path):
    G = toy_graph()
    path = write_html(G, tmp_path / "g.html", "toy")
    view = show_html(G, "toy")
    assert path.read_text(encoding="utf-8") == view.html
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts' in frame
    srcdoc = frame.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0]
    assert '"' not in srcdoc and "<" not in srcdoc  # the page cannot end the attribute
    assert HtmlView("x").save(tmp_path / "x.html").read_text() == "x"


# ---------------------------------------------------------------- views

def test_paths_view_of_synthetic_diamond_on_china():
    v = paths_view(toy_graph(), ["synthetic diamond"], "China", as_of="2026-01-01")
    assert v.focus == ("material:synthetic-diamond", "country:china")
    assert {"country:china", "material:synthetic-diamond", "industry:semiconductors",
            "firm:zhongnan-diamond"} <= set(v.graph)
    assert "country:united-states" not in v.graph and "firm:element-six" not in v.graph
    assert v.graph.has_edge("country:china", "material:synthetic-diamond", "SUPPLIES|synthetic")
    assert "China" in v.title


def test_paths_view_defaults_to_the_top_supplier():
    assert paths_view(toy_graph(), ["rare earths"]).focus == ("material:rare-earths", "country:china")


def test_supply_neighbourhood_fallback():
    G = toy_graph()
    keep = supply_neighbourhood(G, "material:synthetic-diamond", "country:china")
    assert {"country:china", "country:united-states", "material:superhard-materials",
            "firm:element-six", "industry:semiconductors"} <= keep
    controls = {n for n in keep if G.nodes[n]["type"] == "ExportControl"}
    assert controls == {node_id("ExportControl", "CN-A superhard materials licensing")}
    assert not supply_neighbourhood(G, "material:synthetic-diamond", "country:japan") & controls


def test_neighbourhood_and_all_views():
    G = toy_graph()
    v = neighbourhood_view(G, ["synthetic diamond"], hops=1)
    assert set(v.graph) == {"material:synthetic-diamond"} | set(G.predecessors("material:synthetic-diamond")) \
        | set(G.successors("material:synthetic-diamond"))
    assert select_view(G).graph is G


def test_unknown_names_are_clean_errors():
    from graph import SupplyGraphError

    with pytest.raises(SupplyGraphError, match="no Material named 'unobtainium' in the graph"):
        select_view(toy_graph(), "paths", ["unobtainium"])
    with pytest.raises(SupplyGraphError, match="needs at least one material"):
        select_view(toy_graph(), "neighbourhood")


# ---------------------------------------------------------------- CLI

@pytest.fixture()
def toy_file(tmp_path):
    path = tmp_path / "graph.json"
    write_graph(toy_graph(), path)
    (tmp_path / "data").mkdir()
    return path


def run(*args):
    return CliRunner().invoke(main, ["html", *args], catch_exceptions=False)


def test_cli_writes_the_same_bytes_twice(toy_file, tmp_path):
    common = ["--graph", str(toy_file), "--data", str(tmp_path / "data"), "--material", "synthetic diamond",
              "--dependent-on", "China", "--as-of", "2026-01-01"]
    r1 = run(*common, "--out", str(tmp_path / "a.html"))
    r2 = run(*common, "--out", str(tmp_path / "b.html"))
    assert r1.exit_code == 0 and "dependency on China" in r1.output
    assert r2.exit_code == 0, r2.output
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert "synthetic diamond: dependency on China" in (tmp_path / "a.html").read_text(encoding="utf-8")


def test_cli_focus_all_and_errors(toy_file, tmp_path):
    out = tmp_path / "all.html"
    G = toy_graph()
    r = run("--graph", str(toy_file), "--data", str(tmp_path / "data"), "--out", str(out))
    assert r.exit_code == 0 and f"({len(G)} nodes, {G.number_of_edges()} edges)" in r.output
    data = data_block(out.read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == (len(G), G.number_of_edges())
    r = CliRunner().invoke(main, ["html", "--graph", str(toy_file), "--data", str(tmp_path / "data"),
                                  "--material", "unobtainium", "--out", str(out)])
    assert r.exit_code == 2 and "no Material named 'unobtainium' in the graph" in r.output


def test_no_path_is_said_not_hidden():
    v = paths_view(toy_graph(), ["synthetic diamond"], "Myanmar", as_of="2026-01-01")
    assert set(v.graph) == {"material:synthetic-diamond", "country:myanmar"}
    assert "No dependency path found for synthetic diamond" in v.caption


def test_same_bytes_across_hash_seeds(toy_file, tmp_path):
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.html"
        subprocess.run([sys.executable, "-m", "supplygraph.cli", "html", "--graph", str(toy_file), "--data",
                        str(tmp_path / "data"), "--material", "rare earths", "--as-of", "2026-01-01",
                        "--out", str(out)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_cli_sizes_by_chokepoint_score(toy_file, tmp_path):
    common = ["--graph", str(toy_file), "--data", str(tmp_path / "data"), "--material", "synthetic diamond",
              "--as-of", "2026-01-01"]
    run(*common, "--out", str(tmp_path / "deg.html"))
    r = run(*common, "--size-by", "score", "--out", str(tmp_path / "score.html"))
    assert r.exit_code == 0, r.output
    by_degree = {n["id"]: n["size"] for n in data_block((tmp_path / "deg.html").read_text(encoding="utf-8"))["nodes"]}
    page = (tmp_path / "score.html").read_text(encoding="utf-8")
    by_score = {n["id"]: n["size"] for n in data_block(page)["nodes"]}
    assert "chokepoint score on China" in page
    assert by_score["country:china"] == max(by_score.values())  # China carries every scored stage
    smallest = min(by_score.values())
    assert by_score["material:synthetic-diamond"] > smallest
    assert all(by_score[n] == smallest for n in by_score if not n.startswith(("country:china", "material:")))
    assert by_score != by_degree
