"""Single points of failure: dominators, articulation points and single-source materials.

All three work on the *supply flow*: a directed graph whose edges point the
way goods move, supplier to user:

* country, firm or facility -> material (SUPPLIES, PRODUCES),
* country -> firm or facility located there (LOCATED_IN, reversed),
* group member -> group (PART_OF between materials),
* material -> material or industry (USED_IN).

A virtual root feeds every node nothing flows into (raw supply). A node *d*
dominates a target when every flow path from the root to the target passes
through *d*: losing *d* cuts the target off. With a ``material``, the flow
is restricted to the material's downstream targets and everything that
flows into them, so the targets' other inputs count as alternatives.

The flow is built once as integer arrays; the graph algorithms then run in
igraph (C) for large flows, or networkx, with the same results (the
benchmark ``benchmarks/chokepoints.py`` compares them). This module is the
only one that imports igraph.

>>> from queries.toy import toy_graph
>>> dominators(toy_graph())[["target", "dominator", "distance"]].values.tolist()
[['electric vehicles', 'rare earth magnets', 1], ['semiconductors', 'synthetic diamond', 1]]
"""

from __future__ import annotations

from collections import deque

import networkx as nx
import pandas as pd

from ._common import config, downstream, name, resolve_material
from .concentration import concentration

__all__ = ["dominators", "articulation_points", "single_source_materials", "failure_points", "DOMINATOR_COLUMNS",
           "ARTICULATION_COLUMNS", "SINGLE_SOURCE_COLUMNS"]

DOMINATOR_COLUMNS = ["material", "target", "target_type", "dominator", "dominator_type", "distance"]
ARTICULATION_COLUMNS = ["material", "node", "node_type", "blocks"]
SINGLE_SOURCE_COLUMNS = ["material", "stage", "supplier", "share", "suppliers", "reason", "sources"]

ROOT = "__supply__"
_SUPPLIERS = ("Country", "Firm", "Facility")
_GOODS = ("Material", "Technology", "Industry")
_SUPPLY_EDGES = frozenset({"SUPPLIES", "PRODUCES"})
_GOODS_EDGES = frozenset({"USED_IN", "PART_OF"})
_USED_IN = frozenset({"USED_IN"})


def _inflow(G, v: str) -> list[str]:
    """Nodes that flow into ``v`` (see module docstring), each once."""
    # Plain loops over the raw adjacency: this runs once per node of a possibly huge flow.
    nodes = G._node
    vt = nodes[v].get("type")
    v_good = vt in _GOODS
    out = []
    for u, keyed in G._pred[v].items():
        ut = nodes[u].get("type")
        if ut in _SUPPLIERS:
            wanted = _SUPPLY_EDGES
        elif ut in _GOODS:
            wanted = _GOODS_EDGES if v_good else _USED_IN
        else:
            continue
        for d in keyed.values():
            if d.get("type") in wanted:
                out.append(u)
                break
    if vt == "Firm" or vt == "Facility":
        for w, keyed in G._succ[v].items():
            if nodes[w].get("type") == "Country":
                for d in keyed.values():
                    if d.get("type") == "LOCATED_IN":
                        out.append(w)
                        break
    return out


def _flow(G: nx.MultiDiGraph, material: str | None = None, max_depth: int | None = None):
    """The supply flow as integer arrays: (node ids with ``ROOT`` first, edge pairs, target ids).

    Targets are the industries (whole graph) or the material's downstream
    materials and industries; with a material, only what flows into the
    targets is kept (found by a reverse breadth-first search).
    """
    inflow: dict[str, list[str]] = {}
    if material is None:
        keep = sorted(G.nodes)
        targets = [n for n in keep if G.nodes[n].get("type") == "Industry"]
        for v in keep:
            inflow[v] = _inflow(G, v)
    else:
        max_depth = config()["paths"]["max_depth"] if max_depth is None else max_depth
        m = resolve_material(G, material)
        targets = sorted(n for n in downstream(G, m, max_depth) if n != m)
        queue = deque(sorted(set(targets) | {m}))
        for v in queue:
            inflow[v] = None
        while queue:
            v = queue.popleft()
            inflow[v] = _inflow(G, v)
            for u in inflow[v]:
                if u not in inflow:
                    inflow[u] = None
                    queue.append(u)
        keep = sorted(inflow)
    nodes = [ROOT] + keep
    index = {n: i for i, n in enumerate(nodes)}
    edges, has_in = [], bytearray(len(nodes))
    for j, v in enumerate(keep, start=1):
        for u in inflow[v]:
            i = index.get(u)
            if i is not None:
                edges.append((i, j))
                has_in[j] = 1
    # Edge order does not matter: dominator trees, cut vertices and blocks are unique.
    edges.extend((0, j) for j in range(1, len(nodes)) if not has_in[j])
    return nodes, edges, targets


def _engine(engine: str | None, n_edges: int = 0) -> str:
    """``igraph`` for flows of at least ``failure.igraph_min_edges`` edges when installed, else ``networkx``."""
    if engine in ("igraph", "networkx"):
        return engine
    if engine is not None:
        raise ValueError(f"engine must be 'igraph' or 'networkx', not {engine!r}")
    if n_edges < config()["failure"]["igraph_min_edges"]:
        return "networkx"  # importing igraph costs more than a small graph's whole analysis
    try:
        import igraph  # noqa: F401  (the only module that imports igraph)
    except ImportError:
        return "networkx"
    return "igraph"


def _idom(nodes, edges, engine: str) -> list[int]:
    """Immediate dominator index of every node (-1 for the root and unreachable nodes)."""
    if engine == "igraph":
        import igraph

        g = igraph.Graph(n=len(nodes), edges=edges, directed=True)
        return [d if isinstance(d, int) and d >= 0 else -1 for d in g.dominator(0, mode="out")]
    F = nx.DiGraph()
    F.add_nodes_from(range(len(nodes)))
    F.add_edges_from(edges)
    idom = nx.immediate_dominators(F, 0)
    return [idom[i] if i in idom and i != 0 else -1 for i in range(len(nodes))]


def _blocks(nodes, edges, engine: str) -> tuple[list[int], list[int]]:
    """(articulation point indices, number of biconnected blocks per node), root left out."""
    plain = [(u - 1, v - 1) for u, v in edges if u != 0]
    n = len(nodes) - 1
    if engine == "igraph":
        import igraph

        g = igraph.Graph(n=n, edges=plain, directed=True).as_undirected(mode="collapse")
        cover = g.biconnected_components()
        blocks = [len(m) for m in cover.membership]
        return sorted(i + 1 for i in g.articulation_points()), [0] + blocks
    U = nx.Graph()
    U.add_nodes_from(range(n))
    U.add_edges_from(plain)
    blocks = [0] * n
    for comp in nx.biconnected_components(U):
        for i in comp:
            blocks[i] += 1
    return sorted(i + 1 for i in nx.articulation_points(U)), [0] + blocks


def _dominator_rows(G, nodes, targets, idom, label) -> pd.DataFrame:
    index = {n: i for i, n in enumerate(nodes)}
    rows = []
    for t in targets:
        i = index.get(t)
        if i is None:
            continue
        d, dist = idom[i], 1
        while d > 0:
            rows.append({"material": label, "target": name(G, t), "target_type": G.nodes[t].get("type"),
                         "dominator": name(G, nodes[d]), "dominator_type": G.nodes[nodes[d]].get("type"),
                         "distance": dist})
            d, dist = idom[d], dist + 1
    df = pd.DataFrame(rows, columns=DOMINATOR_COLUMNS)
    return df.sort_values(["target", "distance"], kind="mergesort").reset_index(drop=True)


def _articulation_rows(G, nodes, points, blocks, label) -> pd.DataFrame:
    rows = [{"material": label, "node": name(G, nodes[i]), "node_type": G.nodes[nodes[i]].get("type"),
             "blocks": blocks[i]} for i in points]
    df = pd.DataFrame(rows, columns=ARTICULATION_COLUMNS)
    return df.sort_values(["blocks", "node"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def _label(G, material):
    return name(G, resolve_material(G, material)) if material else None


def dominators(G: nx.MultiDiGraph, material: str | None = None, *, max_depth: int | None = None,
               engine: str | None = None) -> pd.DataFrame:
    """Nodes every supply path to a target passes through.

    Parameters
    ----------
    G : the supplygraph MultiDiGraph (not modified).
    material : restrict to this material's downstream targets and what flows
        into them; None: every industry over the whole graph.
    max_depth : USED_IN hops to the material's targets (default 4).
    engine : ``igraph`` (Lengauer-Tarjan in C) or ``networkx``
        (Cooper-Harvey-Kennedy); both give the same rows. Default: igraph
        when installed and the flow has at least ``failure.igraph_min_edges``
        edges (scoring.yaml), networkx otherwise.

    Returns
    -------
    DataFrame with columns ``material, target, target_type, dominator,
    dominator_type, distance``: one row per (target, strict dominator other
    than the virtual root); ``distance`` is 1 for the immediate dominator,
    2 for its dominator, and so on. ``material`` is the query material or
    None. Sorted by target, distance.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> dominators(toy_graph(), "synthetic diamond")[["target", "dominator"]].values.tolist()
    [['semiconductors', 'synthetic diamond']]
    >>> dominators(toy_graph(), engine="networkx").equals(dominators(toy_graph(), engine="igraph"))
    True
    """
    nodes, edges, targets = _flow(G, material, max_depth)
    return _dominator_rows(G, nodes, targets, _idom(nodes, edges, _engine(engine, len(edges))), _label(G, material))


def articulation_points(G: nx.MultiDiGraph, material: str | None = None, *,
                        max_depth: int | None = None, engine: str | None = None) -> pd.DataFrame:
    """Cut vertices of the supply flow, taken as undirected (without the virtual root).

    Returns
    -------
    DataFrame with columns ``material, node, node_type, blocks``: a node whose
    removal splits the dependency network, and the number of biconnected
    blocks it joins (more blocks: more parts hang on it). Sorted by blocks
    (descending), then node. ``engine`` as in :func:`dominators`.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> articulation_points(toy_graph(), "rare earths")[["node", "blocks"]].values.tolist()
    [['rare earth magnets', 3], ['rare earths', 3]]
    """
    nodes, edges, _ = _flow(G, material, max_depth)
    points, blocks = _blocks(nodes, edges, _engine(engine, len(edges)))
    return _articulation_rows(G, nodes, points, blocks, _label(G, material))


def failure_points(G: nx.MultiDiGraph, material: str | None = None, *, max_depth: int | None = None,
                   engine: str | None = None) -> dict[str, pd.DataFrame]:
    """:func:`dominators`, :func:`single_source_materials` and :func:`articulation_points` of one material.

    Builds the supply flow once for both graph analyses. Returns a dict with
    keys ``dominators``, ``single_source``, ``articulation_points``.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> {k: len(v) for k, v in failure_points(toy_graph(), "rare earths").items()}
    {'dominators': 1, 'single_source': 2, 'articulation_points': 2}
    """
    nodes, edges, targets = _flow(G, material, max_depth)
    eng = _engine(engine, len(edges))
    label = _label(G, material)
    points, blocks = _blocks(nodes, edges, eng)
    return {"dominators": _dominator_rows(G, nodes, targets, _idom(nodes, edges, eng), label),
            "single_source": single_source_materials(G, material),
            "articulation_points": _articulation_rows(G, nodes, points, blocks, label)}


def single_source_materials(G: nx.MultiDiGraph, materials=None) -> pd.DataFrame:
    """Material stages with one supplying country, or one holding at least ``single_source.share``.

    Returns
    -------
    DataFrame with columns ``material, stage, supplier, share, suppliers,
    reason, sources``; ``reason`` is ``only supplier in the data`` or
    ``holds at least <share>``. Materials are expanded as in
    :func:`queries.concentration.concentration`. Sorted by material, stage.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> single_source_materials(toy_graph())[["material", "stage", "supplier", "reason"]].values.tolist()
    [['rare earth magnets', 'magnet', 'China', 'holds at least 0.9'], ['rare earths', 'refining', 'China', 'only supplier in the data'], ['synthetic diamond', 'synthetic', 'China', 'holds at least 0.9']]
    """
    threshold = config()["single_source"]["share"]
    conc = concentration(G, materials)
    rows = []
    for r in conc.itertuples(index=False):
        if r.suppliers == 1:
            reason = "only supplier in the data"
        elif r.top_share is not None and r.top_share >= threshold:
            reason = f"holds at least {threshold}"
        else:
            continue
        rows.append({"material": r.material, "stage": r.stage, "supplier": r.top_supplier, "share": r.top_share,
                     "suppliers": r.suppliers, "reason": reason, "sources": r.sources})
    return pd.DataFrame(rows, columns=SINGLE_SOURCE_COLUMNS)


