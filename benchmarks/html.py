"""HTML page benchmark: generation time, file size, and time to a stable layout in Chromium.

Generated supply graphs of 100, 1,000 and 10,000 nodes (countries, materials,
firms, export controls, industries; about 2.5 edges per node, each edge with
one table source) are rendered with :func:`graph.html.render_html` (default
cap on drawn nodes, and uncapped for the largest), then opened in headless
Debian Chromium with the network blocked, timing until the page reports its
layout stable (physics switched off).

Run: ``python -m benchmarks.html [--sizes 100 1000 10000] [--repeat 3] [--no-browser]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

from benchmarks._harness import save_results
from graph.html import render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MIX = [("Country", 0.05), ("Material", 0.2), ("Firm", 0.6), ("ExportControl", 0.05), ("Industry", 0.1)]


def generated_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A supply-like MultiDiGraph of ``n`` nodes shaped as supplygraph builds it."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph(name="supplygraph")
    by_type: dict[str, list[str]] = {}
    for t, frac in MIX:
        for i in range(max(1, int(n * frac))):
            nid = f"{t.lower()}:{t.lower()}-{i}"
            G.add_node(nid, type=t, name=f"{t} {i}", aliases=[], sources=[])
            by_type.setdefault(t, []).append(nid)
    row = iter(range(2, 10**9))

    def src(**claim):
        return [{"kind": "table", "table": "data/generated.csv", "row": next(row),
                 "source_url": "https://example.org/generated", "claim": claim}]

    mats = by_type["Material"]
    for f in by_type["Firm"]:
        G.add_edge(f, rnd.choice(mats), key="PRODUCES", type="PRODUCES", sources=src())
        G.add_edge(f, rnd.choice(by_type["Country"]), key="LOCATED_IN", type="LOCATED_IN", sources=src())
    for m in mats:
        for c in rnd.sample(by_type["Country"], min(3, len(by_type["Country"]))):
            share = round(rnd.random(), 3)
            G.add_edge(c, m, key="SUPPLIES|mine", type="SUPPLIES", stage="mine", share=share,
                       sources=src(stage="mine", share=share))
        G.add_edge(m, rnd.choice(by_type["Industry"]), key="USED_IN", type="USED_IN", sources=src())
    for x in by_type["ExportControl"]:
        for m in rnd.sample(mats, min(2, len(mats))):
            G.add_edge(x, m, key="RESTRICTS", type="RESTRICTS", status="in_force", sources=src(status="in_force"))
        G.add_edge(rnd.choice(by_type["Country"]), x, key="IMPOSES", type="IMPOSES", sources=src())
    return G


def time_to_stable(browser, path: Path) -> tuple[float, int]:
    """Seconds from navigation until the page's layout is stable, and the nodes drawn."""
    page = browser.new_page(viewport={"width": 1500, "height": 950})
    url = path.resolve().as_uri()
    page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function("() => window.supplygraph && window.supplygraph.state.stable", timeout=600_000)
    seconds = time.perf_counter() - start
    drawn = page.evaluate("() => supplygraph.network.body.nodeIndices.length")
    page.close()
    return seconds, drawn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args(argv)
    cases = [(n, None) for n in args.sizes] + [(max(args.sizes), 10**9)]
    browser = pw = None
    if not args.no_browser and Path(CHROMIUM).exists():
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    results = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-html-"))
    print(f"{'nodes':>7} {'edges':>7} {'drawn':>7} {'generate s':>11} {'size MB':>8} {'stable s':>9}")
    for n, cap in cases:
        G = generated_graph(n)
        times, page = [], ""
        for _ in range(args.repeat):
            t = time.perf_counter()
            page = render_html(G, f"generated {n}", max_nodes=cap)
            times.append(time.perf_counter() - t)
        path = tmp / f"g{n}-{'all' if cap else 'capped'}.html"
        path.write_text(page, encoding="utf-8")
        stable = drawn = None
        if browser is not None:
            stable, drawn = time_to_stable(browser, path)
        row = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "capped": cap is None,
               "drawn_nodes": drawn, "generate_s": round(statistics.median(times), 3),
               "size_bytes": path.stat().st_size, "stable_s": round(stable, 2) if stable else None}
        results.append(row)
        print(f"{row['nodes']:>7} {row['edges']:>7} {str(drawn):>7} {row['generate_s']:>11} "
              f"{row['size_bytes'] / 1e6:>8.2f} {str(row['stable_s']):>9}"
              + ("" if cap is None else "  (uncapped)"))
    if browser is not None:
        browser.close()
        pw.stop()
    print(f"results: {save_results('html', results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
