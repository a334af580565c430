"""The chokepoint queries: exact values on tiny hand-built graphs, and what the bundled data must show."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph import Edge, Node, Source, add_records, new_graph, node_id
from graph.io import graph_to_dict, write_graph
from queries import (QueryError, alternative_suppliers, articulation_points, chokepoint_report,
                     concentration, control_exposure, dependency_paths, dependent_industries, dominators,
                     mitigations, report_sections, single_source_materials, toy_graph, what_if)
from queries._common import parse_date, status_as_of

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-23"


def _src(row=[1]):
    row[0] += 1
    return (Source.from_table("t.csv", row[0], "https://example.org/t"),)


def _graph(nodes, edges):
    G = new_graph()
    recs = [Node(t, n, p) for t, n, p in nodes]
    recs += [Edge(k, node_id(*s), node_id(*t), p, _src()) for k, s, t, p in edges]
    add_records(G, recs)
    return G


def _market(shares: dict[str, float], material="widget", stage="mine"):
    nodes = [("Country", c, {}) for c in shares] + [("Material", material, {})]
    edges = [("SUPPLIES", ("Country", c), ("Material", material), {"stage": stage, "share": s})
             for c, s in shares.items()]
    return _graph(nodes, edges)


# ------------------------------------------------------------------ concentration

def test_concentration_exact_values():
    G = _market({"China": 0.5, "Australia": 0.3, "Brazil": 0.15, "India": 0.05})
    row = concentration(G).iloc[0]
    assert row.material == "widget" and row.stage == "mine" and row.suppliers == 4
    assert row.hhi == 3650.0  # 2500 + 900 + 225 + 25
    assert row.top_supplier == "China" and row.top_share == 0.5
    assert row.top3_share == pytest.approx(0.95) and row.covered_share == pytest.approx(1.0)
    assert bool(row.flag_hhi) is True and bool(row.flag_top) is False  # 0.5 is not above 0.5


def test_concentration_unconcentrated_market_is_not_flagged():
    G = _market({c: 0.1 for c in ["China", "Australia", "Brazil", "India", "Chile", "Peru", "Japan",
                                   "Canada", "Mexico", "Spain"]})
    row = concentration(G).iloc[0]
    assert row.hhi == 1000.0 and not row.flag_hhi and not row.flag_top


def test_disputed_share_keeps_preferred_claim_and_lists_the_other():
    G = toy_graph()
    row = concentration(G, "rare earths", stages=["mine"]).iloc[0]
    assert row.top_share == 0.7  # the table claim beats the document claim
    assert "0.6" in row.disputed and "toy-article.txt" in row.disputed


# ------------------------------------------------------------------ status as of a date

@pytest.mark.parametrize("attrs,when,expected", [
    ({"status": "suspended", "announced": "2025-10-09", "effective": "2025-11-08", "suspended_until": "2026-11-10"},
     "2026-11-09", "suspended"),
    ({"status": "suspended", "announced": "2025-10-09", "effective": "2025-11-08", "suspended_until": "2026-11-10"},
     "2026-11-10", "in_force"),
    ({"status": "in_force", "announced": "2025-04-04", "effective": "2025-04-04"}, "2025-04-03", None),
    ({"status": "in_force", "announced": "2024-05", "effective": "2026"}, "2025-06-01", "announced"),
    ({"status": "announced", "announced": "2024-05", "effective": "2025-01-01"}, "2025-06-01", "in_force"),
    ({"status": "superseded", "announced": "2025-02-22"}, "2025-06-01", "superseded"),
    ({"status": "", "announced": "2024-09"}, "2025-06-01", "unknown"),
])
def test_status_as_of(attrs, when, expected):
    assert status_as_of(attrs, parse_date(when)) == expected


# ------------------------------------------------------------------ paths

def test_paths_cover_supply_firm_and_control_and_rank_by_weight():
    G = toy_graph()
    df = dependency_paths(G, "synthetic diamond", on="China", as_of="2026-01-01")
    assert list(df["rank"]) == list(range(1, len(df) + 1))
    assert list(df["weight"]) == sorted(df["weight"], reverse=True)
    own = df[df.target == "synthetic diamond"].set_index("kind")
    assert own.loc["supply", "share"] == 0.95
    assert own.loc["firm", "actor"] == "Zhongnan Diamond" and own.loc["firm", "share"] is None
    assert own.loc["firm", "weight"] == 0.5  # unknown share counts as paths.unknown_share
    ctl = own.loc["control"]
    assert ctl["status"] == "in_force" and ctl["weight"] == 0.95
    assert ctl["path"] == ("China -[IMPOSES]-> CN-A superhard materials licensing -[RESTRICTS]-> "
                           "superhard materials <-[PART_OF]- synthetic diamond")
    assert "toy.csv" in ctl["sources"]
    # The industry inherits every exposure, one hop further.
    semi = df[df.target == "semiconductors"]
    assert set(semi.kind) == {"supply", "firm", "control"}
    assert (semi.hops.values == df[df.target == "synthetic diamond"].hops.values + 1).all()


def test_paths_reach_downstream_materials_and_members():
    df = dependency_paths(toy_graph(), "rare earths", on="China", as_of="2026-01-01")
    ev = df[df.target == "electric vehicles"]
    magnet = ev[(ev.kind == "supply") & (ev.node == "rare earth magnets")].iloc[0]
    assert magnet.share == 0.9 and magnet.path.endswith("rare earth magnets -[USED_IN]-> electric vehicles")
    member = df[(df.kind == "control") & (df.target == "rare earths")].iloc[0]
    assert member.node == "dysprosium" and member.status == "suspended"
    assert member.share == 0.9 and member.weight == 0.45  # refining share of the group x suspended weight 0.5


def test_paths_do_not_depend_on_an_unrelated_country():
    df = dependency_paths(toy_graph(), "synthetic diamond", on="Australia", as_of="2026-01-01")
    assert df.empty and list(df.columns)[:3] == ["rank", "material", "country"]


def test_paths_are_bounded_per_target():
    df = dependency_paths(toy_graph(), "rare earths", on="China", as_of="2026-01-01", per_target=2)
    assert df.groupby("target").size().max() == 2


def test_queries_do_not_change_the_graph():
    G = toy_graph()
    before = json.dumps(graph_to_dict(G), sort_keys=True)
    report_sections(G, ["synthetic diamond", "rare earths"], "China", as_of="2026-01-01")
    what_if(G, apply_control="CN-B")
    assert json.dumps(graph_to_dict(G), sort_keys=True) == before


def test_unknown_names_raise_query_error():
    with pytest.raises(QueryError, match="unobtainium"):
        dependency_paths(toy_graph(), "unobtainium")
    with pytest.raises(QueryError, match="Atlantis"):
        dependency_paths(toy_graph(), "rare earths", on="Atlantis")


def test_dependent_industries_count_chains_by_dynamic_programming():
    # a -> b -> d, a -> c -> d, a -> d : three walks from a to d, two of them through e's input d.
    nodes = [("Material", n, {}) for n in "abc"] + [("Industry", "d", {}), ("Industry", "e", {})]
    edges = [("USED_IN", ("Material", u), v, {}) for u, v in
             [("a", ("Material", "b")), ("a", ("Material", "c")), ("b", ("Industry", "d")),
              ("c", ("Industry", "d")), ("a", ("Industry", "d"))]]
    G = _graph(nodes, edges)
    df = dependent_industries(G, "a").set_index("target")
    assert df.loc["d", "chains"] == 3 and df.loc["d", "hops"] == 1
    assert df.loc["b", "chains"] == 1


# ------------------------------------------------------------------ controls

def test_control_exposure_group_control_and_dates():
    G = toy_graph()
    df = control_exposure(G, "synthetic diamond", as_of="2026-01-01")
    assert df[["catalog_key", "restricted", "relation", "imposer", "imposer_share", "flag_share"]].values.tolist() == [
        ["CN-A", "superhard materials", "group", "China", 0.95, True]]
    before = control_exposure(G, "rare earths", as_of="2026-11-09").loc[0]
    after = control_exposure(G, "rare earths", as_of="2026-11-10").loc[0]
    assert (before.status_as_of, after.status_as_of) == ("suspended", "in_force")
    assert before.targets == "United States"
    assert control_exposure(G, "rare earths", imposer="Japan").empty
    assert control_exposure(G, "synthetic diamond", as_of="2024-08-01").empty  # not yet announced


# ------------------------------------------------------------------ failure points

def test_dominators_and_articulation_points_exact():
    # Two countries feed ore; ore -> metal -> {magnet, alloy}; magnet -> motors; alloy and
    # a second input feed turbines. Motors hang on metal and magnet; turbines only on themselves' inputs.
    nodes = [("Country", "China", {}), ("Country", "Chile", {})] + [("Material", m, {}) for m in
                                                                   ["ore", "metal", "magnet", "alloy", "resin"]]
    nodes += [("Industry", "motors", {}), ("Industry", "turbines", {})]
    M = lambda n: ("Material", n)  # noqa: E731
    edges = [("SUPPLIES", ("Country", "China"), M("ore"), {"stage": "mine", "share": 0.6}),
             ("SUPPLIES", ("Country", "Chile"), M("ore"), {"stage": "mine", "share": 0.4}),
             ("SUPPLIES", ("Country", "Chile"), M("resin"), {"stage": "production", "share": 1.0}),
             ("USED_IN", M("ore"), M("metal"), {}), ("USED_IN", M("metal"), M("magnet"), {}),
             ("USED_IN", M("metal"), M("alloy"), {}), ("USED_IN", M("magnet"), ("Industry", "motors"), {}),
             ("USED_IN", M("alloy"), ("Industry", "turbines"), {}),
             ("USED_IN", M("resin"), ("Industry", "turbines"), {})]
    G = _graph(nodes, edges)
    dom = dominators(G)
    assert dom[["target", "dominator", "distance"]].values.tolist() == [
        ["motors", "magnet", 1], ["motors", "metal", 2], ["motors", "ore", 3]]
    ap = set(articulation_points(G)["node"])
    assert ap == {"ore", "metal", "magnet"}
    only = single_source_materials(G)
    assert only[["material", "stage", "supplier", "reason"]].values.tolist() == [
        ["resin", "production", "Chile", "only supplier in the data"]]


# ------------------------------------------------------------------ what-if

def test_what_if_remove_country_exact_and_downstream():
    df = what_if(toy_graph(), remove_country="China")
    direct = df[df.kind == "direct"].set_index(["node", "stage"])
    assert direct.loc[("rare earths", "mine"), "lost_share"] == 0.7
    assert direct.loc[("rare earths", "mine"), "remaining_share"] == pytest.approx(0.3)
    assert direct.loc[("rare earths", "mine"), "suppliers_left"] == 2
    assert direct.loc[("rare earths", "mine"), "top_alternative"] in ("Australia", "Myanmar")
    assert direct.loc[("rare earths", "refining"), "suppliers_left"] == 0
    ev = df[df.node == "electric vehicles"].iloc[0]
    assert ev.kind == "downstream" and ev.lost_share == 0.9
    assert ev.via in ("rare earths -> rare earth magnets -> electric vehicles",
                      "rare earth magnets -> electric vehicles")


def test_what_if_needs_exactly_one_scenario():
    with pytest.raises(QueryError):
        what_if(toy_graph())
    with pytest.raises(QueryError):
        what_if(toy_graph(), remove_country="China", apply_control="CN-A")


def test_alternatives_exclude_the_country_and_its_firms():
    df = alternative_suppliers(toy_graph(), "synthetic diamond", exclude_country="China")
    assert set(df.supplier) == {"United States", "Element Six"}
    df = alternative_suppliers(toy_graph(), "synthetic diamond", control="CN-A")
    assert "Zhongnan Diamond" not in set(df.supplier) and "China" not in set(df.supplier)


def test_mitigations_drop_investments_inside_the_country():
    G = toy_graph()
    add_records(G, [Node("Agency", "State-owned Assets Supervision and Administration Commission",
                         {"country": "China"}),
                    Edge("INVESTS_IN", node_id("Agency", "State-owned Assets Supervision and Administration Commission"),
                         node_id("Firm", "Zhongnan Diamond"), {"sector": "synthetic diamond", "status": "done"}, _src())])
    assert len(mitigations(G, "synthetic diamond")) == 2
    df = mitigations(G, "synthetic diamond", dependent_on="China")
    assert df[["investor", "recipient", "status"]].values.tolist() == [["Japan", "Element Six", "committed"]]


# ------------------------------------------------------------------ report score

def test_chokepoint_score_follows_the_documented_formula():
    G = toy_graph()
    df = chokepoint_report(G, ["synthetic diamond", "rare earths"], as_of="2026-01-01").set_index(["material", "stage"])
    row = df.loc[("synthetic diamond", "synthetic")]
    assert row.score == pytest.approx(100 * 0.9034 * 0.95 * 1.0)
    row = df.loc[("rare earths", "refining")]  # CN-B on dysprosium, suspended: weight 0.5
    assert row.control_weight == 0.5 and row.score == pytest.approx(100 * 0.81 * 0.9 * 0.75)
    row = df.loc[("rare earth magnets", "magnet")]  # no control
    assert row.control_weight == 0.0 and row.score == pytest.approx(100 * 0.8125 * 0.9 * 0.5)
    later = chokepoint_report(G, "rare earths", as_of="2026-12-01").set_index(["material", "stage"])
    assert later.loc[("rare earths", "refining"), "control_weight"] == 1.0  # the suspension lapsed


# ------------------------------------------------------------------ bundled data

@pytest.fixture(scope="module")
def data_graph():
    from supplygraph.build import build_graph

    return build_graph(REPO / "data")


@pytest.fixture(scope="module")
def graph_file(data_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("g") / "graph.json"
    write_graph(data_graph, path)
    return path


def _report_json(graph_file, *args):
    from supplygraph.commands.report import command

    res = CliRunner().invoke(command, ["--graph", str(graph_file), "--dependent-on", "China",
                                       "--format", "json", "--as-of", AS_OF, *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_synthetic_diamond_report_shows_what_the_issue_asks(graph_file):
    out = json.loads(_report_json(graph_file, "--material", "synthetic diamond"))
    s = out["sections"]
    assert set(s) >= {"paths", "concentration", "controls", "industries", "failure_points", "what_if",
                      "alternatives", "mitigations", "chokepoints"}
    supply = [p for p in s["paths"] if p["kind"] == "supply" and p["target"] == "synthetic diamond"]
    assert supply[0]["share"] == 0.95 and supply[0]["stage"] == "synthetic"
    assert "production.csv" in supply[0]["sources"]
    ctl = {c["catalog_key"]: c for c in s["controls"] if c["material"] == "synthetic diamond"}
    assert ctl["CN-2024-33"]["restricted"] == "superhard materials" and ctl["CN-2024-33"]["status_as_of"] == "in_force"
    assert ctl["CN-2025-55"]["suspended_until"] == "2026-11-10"
    assert ctl["CN-2025-55"]["status_as_of"] == "in_force"  # the one-year suspension ended on 2026-11-10
    assert ctl["CN-2024-46-C2"]["status_as_of"] == "suspended" and ctl["CN-2024-46-C2"]["targets"] == "United States"
    assert ctl["CN-2025-70"]["kind"] == "relief"
    assert "semiconductors" in {i["target"] for i in s["industries"]}
    e6 = [m for m in s["mitigations"] if m["recipient"] == "Element Six"]
    assert e6 and e6[0]["investor"] == "Japan" and e6[0]["status"] == "committed"
    assert e6[0]["amount_usd"] == 600000000.0 and "500000000" in e6[0]["disputed"]
    top = s["chokepoints"][0]
    assert (top["material"], top["stage"], top["share"]) == ("synthetic diamond", "synthetic", 0.95)


def test_rare_earths_report_shows_what_the_issue_asks(graph_file):
    s = json.loads(_report_json(graph_file, "--material", "rare earths"))["sections"]
    conc = {(c["material"], c["stage"]): c for c in s["concentration"]}
    assert conc[("rare earths", "mine")]["top_share"] == 0.692 and "0.62" in conc[("rare earths", "mine")]["disputed"]
    assert conc[("rare earths", "refining")]["top_share"] == 0.92
    assert conc[("rare earth magnets", "magnet")]["top_share"] == 0.94
    apr = [c for c in s["controls"] if c["catalog_key"] == "CN-2025-18"]
    assert {c["material"] for c in apr} == {"samarium", "gadolinium", "terbium", "dysprosium", "lutetium",
                                            "scandium", "yttrium"}
    assert {c["status_as_of"] for c in apr} == {"in_force"}
    paths = s["paths"]
    assert any(p["node"] == "rare earth magnets" and p["kind"] == "supply" and p["share"] == 0.94 for p in paths)
    assert any(p["target"] == "electric vehicles" for p in paths)
    assert any(p["actor"] and "seven medium and heavy rare earths" in p["actor"] for p in paths)
    assert {"electric vehicles", "wind turbines"} <= {i["target"] for i in s["industries"]}
    doms = s["failure_points"]["dominators"]
    assert ["wind turbines", "rare earth magnets"] in [[d["target"], d["dominator"]] for d in doms]


def test_json_and_csv_are_byte_identical_across_runs(graph_file):
    assert _report_json(graph_file) == _report_json(graph_file)
    from supplygraph.commands.report import command

    runs = [CliRunner().invoke(command, ["--graph", str(graph_file), "--format", "csv", "--as-of", AS_OF]).output
            for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].startswith("rank,material,stage,country,share,hhi")


def test_text_and_markdown_render(graph_file, tmp_path):
    from supplygraph.commands.report import command

    res = CliRunner().invoke(command, ["--graph", str(graph_file), "--as-of", AS_OF])
    assert res.exit_code == 0 and "Chokepoints" in res.output and "synthetic diamond" in res.output
    out = tmp_path / "r.md"
    res = CliRunner().invoke(command, ["--graph", str(graph_file), "--as-of", AS_OF, "--format", "markdown",
                                       "--out", str(out)])
    assert res.exit_code == 0 and out.read_text().startswith("# Chokepoint report")


def test_cli_unknown_material_is_a_clean_error(graph_file):
    from supplygraph.cli import main

    res = CliRunner().invoke(main, ["report", "--graph", str(graph_file), "--material", "unobtainium"])
    assert res.exit_code == 2 and "unobtainium" in res.output


def test_failure_engines_agree_on_the_bundled_data(data_graph):
    for material in (None, "synthetic diamond", "rare earths"):
        assert dominators(data_graph, material, engine="networkx").equals(
            dominators(data_graph, material, engine="igraph"))
        assert articulation_points(data_graph, material, engine="networkx").equals(
            articulation_points(data_graph, material, engine="igraph"))
    whole = dominators(data_graph)
    assert ["wind turbines", "rare earth magnets"] in whole[["target", "dominator"]].values.tolist()
    assert ["quantum technology", "synthetic diamond"] in whole[["target", "dominator"]].values.tolist()


def test_what_if_april_2025_controls_reach_magnets_and_vehicles(data_graph):
    df = what_if(data_graph, apply_control="CN-2025-18", as_of=AS_OF)
    assert set(df.scenario) == {"apply CN-2025-18 (in_force)"}
    direct = df[df.kind == "direct"]
    assert set(direct.node) == {"samarium", "gadolinium", "terbium", "dysprosium", "lutetium", "scandium", "yttrium"}
    assert set(direct.via) == {"share of rare earths"} and set(direct.lost_share) == {0.92}
    down = df[df.kind == "downstream"].set_index("node")
    assert down.loc["electric vehicles", "lost_share"] == 0.92
    assert down.loc["rare earth magnets", "via"] in ("dysprosium -> rare earth magnets", "terbium -> rare earth magnets")
    assert "rare earths" not in down.index  # a group does not need each member


def test_report_date_defaults_to_today(data_graph):
    today = control_exposure(data_graph, "synthetic diamond", imposer="China")
    explicit = control_exposure(data_graph, "synthetic diamond", imposer="China", as_of=dt.date.today())
    assert today.equals(explicit)
