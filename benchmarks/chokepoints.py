"""Benchmark: the chokepoint report and a what-if on a generated supply network of ~1 million edges.

Run ``.venv/bin/python -m benchmarks.chokepoints [--edges N] [--seed S]``.

The network has the shape of the real one: ~200 countries (real names),
a few hundred materials in five tiers linked by USED_IN, material groups
(PART_OF), industries at the end, country SUPPLIES edges with shares per
stage, and firms (LOCATED_IN a country, PRODUCES materials, a few SUPPLIES
with shares) making up most of the edges, plus export controls (IMPOSES,
RESTRICTS, TARGETS, with statuses and dates) and investments (INVESTS_IN).
Edges carry a table source each, like loaded data.

It times, on one core, (1) the full report (``queries.report_sections``:
paths, concentration, controls, industries, dominators, single-source,
articulation points, what-if, alternatives, mitigations, ranked
chokepoints) for one tier-0 material dependent on China, and (2) one
what-if (China removed), each with its peak traced memory; then (3) the
same dominator and reachability computations (immediate dominators of the
material's supply flow, everything up- and downstream of the material) with
networkx, as the queries do them, and with igraph, side by side.

Targets: each of (1) and (2) under 10 s and 2 GB; ours within 3x of igraph.
Times are the best of two runs (three for the side-by-side rows); importing
igraph, once per process, is timed on its own. Since
networkx's dominators and biconnected components run 4-12x slower than
igraph's on this flow, ``queries.failure`` uses igraph (a dependency) for
flows above ``failure.igraph_min_edges`` and keeps networkx as the fallback;
the side-by-side rows show both. Results also go to
``build/benchmarks/chokepoints.json``.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
import tracemalloc

import networkx as nx

from graph.names import country_name
from graph.records import node_id

STAGES_RAW = ("mine", "refining")
STATUSES = ("in_force", "in_force", "suspended", "announced", "superseded", "ongoing")


def _src(i: int) -> list[dict]:
    return [{"kind": "table", "table": "generated.csv", "row": i, "source_url": "https://example.org/gen"}]


def generate(n_edges: int = 1_000_000, seed: int = 7) -> nx.MultiDiGraph:
    """A deterministic supply network with about ``n_edges`` edges."""
    import pycountry

    rnd = random.Random(seed)
    G = nx.MultiDiGraph(name="generated")
    row = iter(range(2, 10**9))

    def node(ntype, name, **props):
        nid = node_id(ntype, name)
        G.add_node(nid, type=ntype, name=name, aliases=[], sources=_src(next(row)), **props)
        return nid

    count = [0]  # MultiDiGraph.number_of_edges() is O(n): count as we go

    def edge(etype, u, v, key=None, **props):
        key = key or etype
        if not G.has_edge(u, v, key):
            count[0] += 1
        G.add_edge(u, v, key=key, type=etype, sources=_src(next(row)), **props)

    names = sorted({country_name(c.name) or c.name for c in pycountry.countries})[:199]
    countries = [node("Country", "China")] + [node("Country", n) for n in names if n != "China"]
    # China weighs as much as the next ten together: a few big producers, a long tail.
    cweights = [10.0] + [1.0 / (1 + i) ** 0.7 for i in range(len(countries) - 1)]

    tiers_n = [60, 100, 120, 100, 60]
    tiers = [[node("Material", f"m{t}-{i}") for i in range(n)] for t, n in enumerate(tiers_n)]
    materials = [m for tier in tiers for m in tier]
    industries = [node("Industry", f"industry {i}") for i in range(60)]
    groups = [node("Material", f"group {g}", group=True) for g in range(10)]
    for g in groups:
        for m in rnd.sample(tiers[0], 5):
            edge("PART_OF", m, g, relation="member of group")
    for t in range(1, len(tiers)):
        for m in tiers[t]:
            for u in rnd.sample(tiers[t - 1], rnd.randint(2, 4)):
                edge("USED_IN", u, m, required=rnd.random() < 0.2)
    for ind in industries:
        for u in rnd.sample(tiers[3] + tiers[4], rnd.randint(3, 6)):
            edge("USED_IN", u, ind, required=rnd.random() < 0.2)

    def shares(k):
        w = sorted((rnd.expovariate(1.0) for _ in range(k)), reverse=True)
        s = sum(w)
        return [round(x / s, 4) for x in w]

    for t, tier in enumerate(tiers):
        for m in tier:
            for stage in (STAGES_RAW if t == 0 else ("production",)):
                sup = rnd.sample(range(1, len(countries)), rnd.randint(8, 30))
                if rnd.random() < 0.6:
                    sup[0] = 0  # China leads most stages
                for c, s in zip(sup, shares(len(sup))):
                    edge("SUPPLIES", countries[c], m, key=f"SUPPLIES|{stage}", stage=stage, share=s,
                         share_basis="market_share", year=2024)

    controls = []
    for k in range(150):
        imp = 0 if k < 60 else rnd.randrange(len(countries))
        status = rnd.choice(STATUSES)
        props = {"catalog_key": f"GEN-{k}", "imposer": G.nodes[countries[imp]]["name"], "status": status,
                 "announced": f"202{rnd.randint(3, 5)}-0{rnd.randint(1, 9)}-01"}
        props["effective"] = props["announced"]
        if status == "suspended":
            props["suspended_until"] = "2026-11-10"
        c = node("ExportControl", f"generated control {k}", **props)
        controls.append(c)
        edge("IMPOSES", countries[imp], c)
        for m in rnd.sample(materials + groups, rnd.randint(1, 5)):
            edge("RESTRICTS", c, m, **{p: props[p] for p in ("status", "announced", "effective")})
        if rnd.random() < 0.3:
            edge("TARGETS", c, countries[rnd.randrange(1, len(countries))])

    firm_edges = n_edges - count[0] - 5000
    n_firms = firm_edges // 6
    firms = []
    for f in range(n_firms):
        c = rnd.choices(range(len(countries)), weights=cweights)[0]
        fid = node("Firm", f"firm {f}", country=G.nodes[countries[c]]["name"])
        firms.append(fid)
        edge("LOCATED_IN", fid, countries[c])
        for m in rnd.sample(materials, 5):
            if rnd.random() < 0.02:
                edge("SUPPLIES", fid, m, key="SUPPLIES|production", stage="production",
                     share=round(rnd.random() * 0.05, 4))
            else:
                edge("PRODUCES", fid, m)
    while count[0] < n_edges:
        inv = countries[rnd.randrange(1, len(countries))] if rnd.random() < 0.5 else rnd.choice(firms)
        rec = rnd.choice(firms)
        edge("INVESTS_IN", inv, rec, amount_usd=float(rnd.randint(1, 500)) * 1e6,
             status=rnd.choice(["proposed", "committed", "done"]),
             sector=G.nodes[rnd.choice(materials)]["name"], date="2025-06-01")
    return G


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _measure(label: str, fn, rows: list, memory: bool = True, repeat: int = 1):
    """Run ``fn``: best wall time of ``repeat`` runs, then (``memory``) a traced run for peak memory."""
    elapsed = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        elapsed = min(elapsed, time.perf_counter() - t0)
    peak = None
    if memory:
        # Process high-water RSS so far (graph included), before tracemalloc adds its own overhead.
        print(f"  {label}: {elapsed:.2f} s, process peak RSS so far {_rss_mb():,.0f} MB", flush=True)
        gc.collect()
        tracemalloc.start()
        fn()
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    rows.append((label, elapsed, peak))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--material", default="m0-3")
    args = ap.parse_args(argv)

    from queries import report_sections, what_if
    from queries._common import downstream, resolve_material, upstream

    t0 = time.perf_counter()
    G = generate(args.edges, args.seed)
    print(f"generated {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges "
          f"in {time.perf_counter() - t0:.1f} s; process RSS {_rss_mb():,.0f} MB")
    rows: list = []
    try:  # a one-off per process; with matplotlib installed igraph's import alone takes ~1.4 s
        import importlib

        _measure("import igraph (once per process)", lambda: importlib.import_module("igraph"), rows, memory=False)
    except ImportError:
        pass
    sections = _measure(f"report_sections({args.material!r}, 'China')",
                        lambda: report_sections(G, [args.material], "China", as_of="2026-11-23"), rows, repeat=2)
    wi = _measure("what_if(remove_country='China')",
                  lambda: what_if(G, remove_country="China", as_of="2026-11-23"), rows, repeat=2)
    sizes = {k: (len(v) if not isinstance(v, dict) else {kk: len(vv) for kk, vv in v.items()})
             for k, v in sections.items()}
    print(f"report rows per section: {sizes}; what-if rows: {len(wi)}")

    # Dominators, articulation points and reachability on the material's supply flow:
    # networkx (the queries' fallback engine) and pure-Python BFS, against igraph.
    from queries.failure import _blocks, _flow, _idom

    m = resolve_material(G, args.material)
    nodes, edges, targets = _measure("supply flow of the material (int arrays)",
                                     lambda: _flow(G, args.material), rows, memory=False, repeat=3)
    mi = nodes.index(m)

    def bfs(adj, start):
        seen, stack = bytearray(len(adj)), [start]
        seen[start] = 1
        while stack:
            for w in adj[stack.pop()]:
                if not seen[w]:
                    seen[w] = 1
                    stack.append(w)
        seen[start] = 0
        return {i for i, f in enumerate(seen) if f}

    def reach_python():
        succ, pred = [[] for _ in nodes], [[] for _ in nodes]
        for u, v in edges:
            succ[u].append(v)
            pred[v].append(u)
        return bfs(succ, mi), bfs(pred, mi)

    def reach_networkx():
        F = nx.DiGraph()
        F.add_nodes_from(range(len(nodes)))
        F.add_edges_from(edges)
        return nx.descendants(F, mi), nx.ancestors(F, mi)

    nx_dom = _measure("dominators, networkx (incl. DiGraph build)", lambda: _idom(nodes, edges, "networkx"),
                      rows, memory=False, repeat=3)
    nx_blocks = _measure("articulation points, networkx (incl. Graph build)",
                         lambda: _blocks(nodes, edges, "networkx"), rows, memory=False, repeat=3)
    py_reach = _measure("reachability, pure-Python BFS (incl. adjacency build)", reach_python, rows, memory=False, repeat=3)
    nx_reach = _measure("reachability, networkx (incl. DiGraph build)", reach_networkx, rows, memory=False, repeat=3)
    _measure("reachability, queries._common BFS on G (USED_IN/PART_OF)",
             lambda: (downstream(G, m, 10), upstream(G, m, 10)), rows, memory=False, repeat=3)
    have_igraph = True
    try:
        import igraph as ig
    except ImportError:
        have_igraph = False
        print("igraph not installed: pip install igraph to compare")
    if have_igraph:
        g = _measure("igraph: Graph from the edge list", lambda: ig.Graph(n=len(nodes), edges=edges, directed=True),
                     rows, memory=False, repeat=3)
        ig_dom = _measure("dominators, igraph (incl. Graph build)", lambda: _idom(nodes, edges, "igraph"),
                          rows, memory=False, repeat=3)
        ig_blocks = _measure("articulation points, igraph (incl. Graph build)",
                             lambda: _blocks(nodes, edges, "igraph"), rows, memory=False, repeat=3)
        ig_reach = _measure("reachability, igraph subcomponent (Graph prebuilt)",
                            lambda: (set(g.subcomponent(mi, mode="out")) - {mi},
                                     set(g.subcomponent(mi, mode="in")) - {mi}), rows, memory=False, repeat=3)
        print(f"igraph agrees: dominators {ig_dom == nx_dom}, articulation {ig_blocks == nx_blocks}, "
              f"reachability {ig_reach == nx_reach == py_reach}")

    print(f"\nsupply flow: {len(nodes):,} nodes, {len(edges):,} edges; targets {len(targets)}")
    print(f"{'step':60} {'time s':>8} {'peak MB':>9}")
    for label, t, peak in rows:
        print(f"{label:60} {t:8.2f} {'' if peak is None else f'{peak:9.0f}'}")
    by = {label: t for label, t, _ in rows}
    results = {"edges": G.number_of_edges(), "nodes": G.number_of_nodes(), "flow_edges": len(edges),
               "steps": [{"step": label, "seconds": round(t, 3), "peak_traced_mb": None if p is None else round(p, 1)}
                         for label, t, p in rows]}
    if have_igraph:
        conv = by["igraph: Graph from the edge list"]
        ratios = {
            "dominators networkx/igraph": by["dominators, networkx (incl. DiGraph build)"]
            / by["dominators, igraph (incl. Graph build)"],
            "articulation networkx/igraph": by["articulation points, networkx (incl. Graph build)"]
            / by["articulation points, igraph (incl. Graph build)"],
            "reachability python/igraph (+build)": by["reachability, pure-Python BFS (incl. adjacency build)"]
            / (by["reachability, igraph subcomponent (Graph prebuilt)"] + conv),
            "reachability networkx/igraph (+build)": by["reachability, networkx (incl. DiGraph build)"]
            / (by["reachability, igraph subcomponent (Graph prebuilt)"] + conv),
        }
        results["ratios"] = {k: round(v, 2) for k, v in ratios.items()}
        print()
        for k, v in ratios.items():
            print(f"{k:45} {v:6.1f}x")
    from benchmarks._harness import save_results

    print(f"results: {save_results('chokepoints', results)}")
    print(f"process peak RSS at the end (after the side-by-side runs) {_rss_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
