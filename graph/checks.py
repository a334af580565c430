"""Whole-graph consistency checks that single records cannot see.

>>> from graph import new_graph, add_records, Node, Edge, Source
>>> G = new_graph(); s = (Source.from_table("firms.csv", 2, "https://example.org"),)
>>> add_records(G, [Node("Firm", "A"), Node("Firm", "B"),
...                 Edge("PART_OF", "firm:a", "firm:b", {}, s), Edge("PART_OF", "firm:b", "firm:a", {}, s)])
>>> [c["nodes"] for c in part_of_cycles(G)]
[['A', 'B']]
"""

from __future__ import annotations

import networkx as nx

__all__ = ["part_of_cycles"]


def part_of_cycles(G: nx.MultiDiGraph) -> list[dict]:
    """Cycles of PART_OF edges (a firm that is its own parent), each with the sources that state it.

    Returns a list of ``{"nodes": [names], "sources": [source dicts]}``, sorted.
    """
    H = nx.DiGraph((u, v) for u, v, t in G.edges(data="type") if t == "PART_OF")
    out = []
    for component in nx.strongly_connected_components(H):
        if len(component) < 2 and not any(H.has_edge(n, n) for n in component):
            continue
        sources = [s for u, v, k, d in G.edges(keys=True, data=True)
                   if d["type"] == "PART_OF" and u in component and v in component for s in d["sources"]]
        out.append({"nodes": sorted(G.nodes[n]["name"] for n in component),
                    "sources": sorted(sources, key=lambda s: (s.get("table") or s.get("document") or "",
                                                             s.get("row") or s.get("start") or 0))})
    return sorted(out, key=lambda c: c["nodes"])
