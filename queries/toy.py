"""A tiny supply graph for doctests and examples: two chokepoints in twenty lines.

The toy graph is built from records like the real one (so every edge has a
source), with made-up but plausible numbers:

* synthetic diamond: China 0.95, United States 0.03 (synthetic stage); firms
  Zhongnan Diamond (China) and Element Six (United Kingdom) produce it; it is a
  member of superhard materials, which China's control ``CN-A`` restricts (in
  force since 2024-09-15); used in semiconductors; Japan invests US$600m in
  Element Six (committed).
* rare earths: mine China 0.7 (a document claims 0.6), Australia 0.1, Myanmar
  0.1; refining China 0.9; dysprosium is a member, restricted by ``CN-B``
  (suspended until 2026-11-10, aimed at the United States); rare earths and
  dysprosium are used in rare earth magnets (China 0.9, Japan 0.05), which
  electric vehicles use.

>>> G = toy_graph()
>>> G.number_of_nodes(), G.number_of_edges()
(17, 24)
>>> G.edges["country:china", "material:rare-earths", "SUPPLIES|mine"]["disputed"]
['share', 'year']
"""

from __future__ import annotations

import networkx as nx

from graph import Edge, Node, Source, add_records, new_graph, node_id

__all__ = ["toy_graph"]

_URL = "https://example.org/toy"


def toy_graph() -> nx.MultiDiGraph:
    """The toy graph described in the module docstring (a fresh copy each call).

    >>> sorted(n for n, t in toy_graph().nodes(data="type") if t == "ExportControl")
    ['exportcontrol:cn-a-superhard-materials-licensing', 'exportcontrol:cn-b-dysprosium-ban']
    """
    rows = iter(range(2, 1000))

    def src(**claim):
        return (Source.from_table("toy.csv", next(rows), _URL, claim or None),)

    def edge(kind, s, t, **props):
        return Edge(kind, node_id(*s), node_id(*t), props, src(**props))

    C = {n: ("Country", n) for n in ("China", "United States", "Japan", "Australia", "Myanmar",
                                     "United Kingdom")}
    sd, sh = ("Material", "synthetic diamond"), ("Material", "superhard materials")
    ree, dy, mag = ("Material", "rare earths"), ("Material", "dysprosium"), ("Material", "rare earth magnets")
    semi, ev = ("Industry", "semiconductors"), ("Industry", "electric vehicles")
    zn, e6 = ("Firm", "Zhongnan Diamond"), ("Firm", "Element Six")
    ca = ("ExportControl", "CN-A superhard materials licensing")
    cb = ("ExportControl", "CN-B dysprosium ban")
    nodes = [Node(*c) for c in C.values()] + [
        Node(*sd), Node(*sh, {"group": True}), Node(*ree, {"group": True}), Node(*dy), Node(*mag),
        Node(*semi), Node(*ev), Node(*zn, {"country": "China"}), Node(*e6, {"country": "United Kingdom"}),
        Node(*ca, {"catalog_key": "CN-A", "imposer": "China", "announced": "2024-08-15",
                   "effective": "2024-09-15", "status": "in_force"}, sources=src()),
        Node(*cb, {"catalog_key": "CN-B", "imposer": "China", "announced": "2024-12-03",
                   "effective": "2024-12-03", "status": "suspended", "suspended_until": "2026-11-10",
                   "target_country": "United States"}, sources=src()),
    ]
    doc = Source.from_document("toy-article.txt", "China mines about 60% of rare earths.", 0, 37,
                               {"stage": "mine", "share": 0.6, "year": 2023})
    a_status = {"status": "in_force", "announced": "2024-08-15", "effective": "2024-09-15"}
    b_status = {"status": "suspended", "announced": "2024-12-03", "effective": "2024-12-03",
                "suspended_until": "2026-11-10"}
    edges = [
        edge("SUPPLIES", C["China"], sd, stage="synthetic", share=0.95),
        edge("SUPPLIES", C["United States"], sd, stage="synthetic", share=0.03),
        edge("SUPPLIES", C["China"], ree, stage="mine", share=0.7, year=2024),
        Edge("SUPPLIES", node_id(*C["China"]), node_id(*ree), {"stage": "mine", "share": 0.6}, (doc,)),
        edge("SUPPLIES", C["Australia"], ree, stage="mine", share=0.1),
        edge("SUPPLIES", C["Myanmar"], ree, stage="mine", share=0.1),
        edge("SUPPLIES", C["China"], ree, stage="refining", share=0.9),
        edge("SUPPLIES", C["China"], mag, stage="magnet", share=0.9),
        edge("SUPPLIES", C["Japan"], mag, stage="magnet", share=0.05),
        edge("LOCATED_IN", zn, C["China"]),
        edge("LOCATED_IN", e6, C["United Kingdom"]),
        edge("PRODUCES", zn, sd),
        edge("PRODUCES", e6, sd),
        edge("PART_OF", sd, sh, relation="member of group"),
        edge("PART_OF", dy, ree, relation="member of group"),
        edge("IMPOSES", C["China"], ca),
        edge("IMPOSES", C["China"], cb),
        edge("RESTRICTS", ca, sh, **a_status),
        edge("RESTRICTS", cb, dy, **b_status),
        edge("TARGETS", cb, C["United States"]),
        edge("USED_IN", sd, semi, application="wafer polishing"),
        edge("USED_IN", ree, mag, required=True, application="magnet feedstock"),
        edge("USED_IN", dy, mag, application="heat resistance"),
        edge("USED_IN", mag, ev, required=True, application="traction motors"),
        edge("INVESTS_IN", C["Japan"], e6, amount_usd=6e8, status="committed", sector="synthetic diamond",
             date="2026-02-17"),
    ]
    G = new_graph()
    add_records(G, nodes + edges)
    return G
