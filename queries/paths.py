"""Dependency paths: every way a material, and what is made from it, depends on a country.

A path runs from the country to a *target*: the material itself or a material
or industry downstream of it (USED_IN, up to ``max_depth`` hops). The country
acts at a node of the material's *scope* (the material, its group members via
PART_OF, its inputs via USED_IN, or a downstream step on the way to the
target) in one of three ways, the row's ``kind``:

``supply``
    the country SUPPLIES the node at some stage, with a share;
``firm``
    a firm or facility LOCATED_IN the country (or, lacking any LOCATED_IN
    edge, whose ``country`` property names it) PRODUCES (or SUPPLIES) the node;
``control``
    the country IMPOSES an export control (or is its ``imposer`` property)
    that RESTRICTS the node or a group the node belongs to, and was announced
    by ``as_of``. A control on a group that lies on the node's own route to
    the material is counted once, at the material, not again at each member.
    Relief measures (scoring.yaml ``relief``) appear with kind ``relief`` and
    weight 0.

Counting and ranking are dynamic programming over breadth-first trees (the
route from a node to the material and from the material to each target is
the shortest one, ties broken by node id), never enumeration of simple paths:
the work is linear in the edges of the material's scope times ``per_target``.

>>> from queries.toy import toy_graph
>>> G = toy_graph()
>>> df = dependency_paths(G, "synthetic diamond", on="China", as_of="2026-01-01")
>>> df[["target", "kind", "share", "status"]].head(3).values.tolist()
[['synthetic diamond', 'supply', 0.95, None], ['semiconductors', 'supply', 0.95, None], ['synthetic diamond', 'control', 0.95, 'in_force']]
>>> print(df.loc[1, "path"])
China -[SUPPLIES synthetic 0.95]-> synthetic diamond -[USED_IN]-> semiconductors
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from ._common import (alternatives, as_of_date, config, controls_on, downstream, fmt_share, imposer_share,
                      is_relief, located_in, name, outs, resolve_country, resolve_material, round_share,
                      route, source_refs, status_as_of, supply_edges, upstream)

__all__ = ["dependency_paths", "dependent_industries", "PATH_COLUMNS", "INDUSTRY_COLUMNS"]

PATH_COLUMNS = ["rank", "material", "country", "target", "target_type", "kind", "node", "stage",
                "actor", "share", "alternatives", "status", "weight", "hops", "path", "sources"]
INDUSTRY_COLUMNS = ["material", "target", "target_type", "hops", "chains", "required", "chain", "sources"]


def dependency_paths(G: nx.MultiDiGraph, material: str, on: str = "China", *, as_of=None,
                     max_depth: int | None = None, per_target: int | None = None) -> pd.DataFrame:
    """Ranked paths by which ``material`` and its downstream uses depend on country ``on``.

    Parameters
    ----------
    G : the supplygraph MultiDiGraph (not modified).
    material : any known name of the material (``graph.names.material_name``).
    on : any known name of the country (``graph.names.country_name``).
    as_of : date (``YYYY-MM-DD`` or date) for control status; default today.
    max_depth : hops of USED_IN / PART_OF followed up- and downstream (default 4,
        ``paths.max_depth`` in ``queries/scoring.yaml``).
    per_target : keep the best this many paths per target (default 25).

    Returns
    -------
    DataFrame with columns, in order:
    ``rank, material, country, target, target_type, kind, node, stage, actor,
    share, alternatives, status, weight, hops, path, sources``

    * ``material``, ``country``: the query, canonical names.
    * ``target`` / ``target_type``: where the path ends (the material or a
      downstream Material/Industry).
    * ``kind``: ``supply``, ``firm``, ``control`` or ``relief`` (see module docstring).
    * ``node``: the material the country acts on.
    * ``stage``: the SUPPLIES stage (for controls: the stage of ``share``).
    * ``actor``: the firm (``firm``) or the control's name (``control``).
    * ``share``: product of the known shares on the path. Rule for disputed
      shares: the edge's top-level ``share`` (the model's preferred claim:
      tables first, then the most recent); other claims go to
      ``alternatives`` as ``value (source)``. For ``control`` rows it is the
      imposer's largest share of the restricted node (or, failing data, of
      the nearest node on the route to the material).
    * ``status``: control status on ``as_of`` (``queries._common.status_as_of``).
    * ``weight``: the ranking key: ``share`` (an unknown share counts as
      ``paths.unknown_share``), times the status weight for controls
      (0 for relief measures).
    * ``hops``: edges in ``path``; ``path``: ``A -[TYPE detail]-> B ...`` in
      flow order, country first; ``sources``: the sources of the edge where
      the country acts (``table:row url`` or ``document:start-end "sentence" url``).

    Rows are sorted by weight (descending), hops, target, path; ``rank`` counts from 1.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> df = dependency_paths(toy_graph(), "rare earths", on="China", as_of="2026-01-01")
    >>> sorted(set(df["target"]))
    ['electric vehicles', 'rare earth magnets', 'rare earths']
    >>> row = df[(df.target == "rare earths") & (df.stage == "mine")].iloc[0]
    >>> row.share, row.alternatives
    (0.7, '0.6 (toy-article.txt:0-37 "China mines about 60% of rare earths.")')
    >>> print(df[df.kind == "control"].iloc[0].path)
    China -[IMPOSES]-> CN-B dysprosium ban -[RESTRICTS]-> dysprosium -[PART_OF]-> rare earths
    """
    cfg = config()["paths"]
    max_depth = cfg["max_depth"] if max_depth is None else max_depth
    per_target = cfg["per_target"] if per_target is None else per_target
    when = as_of_date(as_of)
    m = resolve_material(G, material)
    c = resolve_country(G, on)
    up = upstream(G, m, max_depth)
    down = downstream(G, m, max_depth)
    local = located_in(G, c)
    memo: dict = {}

    def exposures(x, to_m):
        key = (x, tuple(to_m))
        if key not in memo:
            memo[key] = _exposures(G, c, x, to_m, when, local)
        return memo[key]

    # Exposures shared by every target: the country acting on the material's scope,
    # each with the route from the acted-on node to the material.
    common = []
    for x in sorted(up, key=lambda n: (up[n][0], n)):
        to_m = [n for n, _ in route(up, x)]
        suffix = _route_text(G, route(up, x))
        for e in exposures(x, to_m):
            common.append((e, suffix, len(to_m) - 1))
    common.sort(key=lambda t: (-t[0]["weight"], t[0]["hops"] + t[2], t[0]["text"] + t[1]))

    rows = []
    for t in sorted(down, key=lambda n: (down[n][0], n)):
        chain = list(reversed(route(down, t)))  # m ... t
        down_text = "".join(f" -[USED_IN]-> {name(G, n)}" for n, _ in chain[1:])
        cands = [(e, suffix + down_text, h + len(chain) - 1) for e, suffix, h in common[:per_target]]
        for i in range(1, len(chain)):
            x = chain[i][0]
            tail = "".join(f" -[USED_IN]-> {name(G, n)}" for n, _ in chain[i + 1:])
            for e in exposures(x, [x] + [n for n, _ in route(up, m)]):
                cands.append((e, tail, len(chain) - 1 - i))
        cands.sort(key=lambda r: (-r[0]["weight"], r[0]["hops"] + r[2], r[0]["text"] + r[1]))
        for e, tail, extra in cands[:per_target]:
            rows.append({
                "material": name(G, m), "country": name(G, c), "target": name(G, t),
                "target_type": G.nodes[t].get("type"), "kind": e["kind"], "node": name(G, e["node"]),
                "stage": e["stage"], "actor": e["actor"], "share": round_share(e["share"]),
                "alternatives": e["alternatives"], "status": e["status"],
                "weight": round_share(e["weight"]), "hops": e["hops"] + extra,
                "path": e["text"] + tail, "sources": e["sources"],
            })
    df = pd.DataFrame(rows, columns=PATH_COLUMNS[1:])
    df = df.sort_values(["weight", "hops", "target", "path"], ascending=[False, True, True, True],
                        kind="mergesort").reset_index(drop=True)
    df.insert(0, "rank", range(1, len(df) + 1))
    return df.astype(object).where(df.notna(), None)


def _route_text(G, r: list[tuple[str, str]]) -> str:
    """" -[PART_OF]-> group -[USED_IN]-> material" for a route from a node to the material."""
    return "".join(f" -[{rel}]-> {name(G, r[i + 1][0])}" for i, (_, rel) in enumerate(r[:-1]))


def _exposures(G, c: str, x: str, to_m: list[str], when, local: set[str]) -> list[dict]:
    """How country ``c`` acts on node ``x``: supply, firm and control exposures.

    ``local`` holds the firms and facilities located in ``c`` (:func:`located_in`).
    """
    cfg = config()
    unknown = cfg["paths"]["unknown_share"]
    cname, xname = name(G, c), name(G, x)
    out = []
    for u, _k, d in supply_edges(G, x, ("Country",)):
        if u != c:
            continue
        share = d.get("share")
        out.append({"kind": "supply", "node": x, "stage": d.get("stage"), "actor": None, "share": share,
                    "alternatives": alternatives(d), "status": None,
                    "weight": unknown if share is None else share, "hops": 1,
                    "text": f"{cname} -[SUPPLIES {d.get('stage')} {fmt_share(share)}]-> {xname}",
                    "sources": source_refs(d.get("sources", []))})
    firm_edges = [(u, k, d) for u, keyed in G._pred[x].items() if u in local
                  for k, d in keyed.items() if d.get("type") in ("SUPPLIES", "PRODUCES")]
    for u, _k, d in sorted(firm_edges, key=lambda e: (e[0], e[1])):
        if G.nodes[u].get("type") not in ("Firm", "Facility"):
            continue
        share = d.get("share") if d["type"] == "SUPPLIES" else None
        detail = f"SUPPLIES {d.get('stage')} {fmt_share(share)}" if d["type"] == "SUPPLIES" else "PRODUCES"
        out.append({"kind": "firm", "node": x, "stage": d.get("stage"), "actor": name(G, u), "share": share,
                    "alternatives": alternatives(d), "status": None,
                    "weight": unknown if share is None else share, "hops": 2,
                    "text": f"{cname} <-[LOCATED_IN]- {name(G, u)} -[{detail}]-> {xname}",
                    "sources": source_refs(d.get("sources", []))})
    weights = cfg["status_weights"]
    for ctl, restricted, relation, d in controls_on(G, x):
        if not _imposes(G, c, ctl) or (relation == "group" and restricted in to_m):
            # A control on the material's own group is reached from the material, not from each member.
            continue
        attrs = {**G.nodes[ctl], **{k: v for k, v in d.items() if v not in (None, "")}}
        status = status_as_of(attrs, when)
        if status is None:
            continue
        share, stage, _ = imposer_share(G, c, [x] + [n for n in to_m if n != x] + [restricted])
        relief = is_relief(G, ctl)
        weight = 0.0 if relief else (unknown if share is None else share) * weights.get(status, weights["unknown"])
        text = f"{cname} -[IMPOSES]-> {name(G, ctl)} -[RESTRICTS]-> {name(G, restricted)}"
        hops = 2
        if relation == "group":
            text += f" <-[PART_OF]- {xname}"
            hops += 1
        out.append({"kind": "relief" if relief else "control", "node": x, "stage": stage,
                    "actor": name(G, ctl), "share": share, "alternatives": "", "status": status,
                    "weight": weight, "hops": hops, "text": text,
                    "sources": source_refs(d.get("sources", []))})
    return out


def _imposes(G, c: str, ctl: str) -> bool:
    """True when country ``c`` imposes control ``ctl`` (IMPOSES edge or ``imposer`` property)."""
    if any(d.get("type") == "IMPOSES" for d in (G.get_edge_data(c, ctl) or {}).values()):
        return True
    return G.nodes[ctl].get("imposer") == G.nodes[c].get("name")


def _chain_counts(G, m: str, max_depth: int) -> dict[str, int]:
    """Number of USED_IN walks of 1..max_depth hops from ``m`` to each node (layered DP)."""
    layer = {m: 1}
    total: dict[str, int] = {}
    for _ in range(max_depth):
        nxt: dict[str, int] = {}
        for u, k in layer.items():
            for v, _, d in outs(G, u):
                if d.get("type") == "USED_IN":
                    nxt[v] = nxt.get(v, 0) + k
        for v, k in nxt.items():
            total[v] = total.get(v, 0) + k
        layer = nxt
        if not layer:
            break
    return total


def dependent_industries(G: nx.MultiDiGraph, material: str, *, max_depth: int | None = None,
                         industries_only: bool = False) -> pd.DataFrame:
    """Materials and industries downstream of ``material`` (USED_IN), nearest first.

    Returns
    -------
    DataFrame with columns ``material, target, target_type, hops, chains,
    required, chain, sources``: ``hops`` of the shortest USED_IN chain,
    ``chains`` the number of USED_IN walks of at most ``max_depth`` hops
    (counted by dynamic programming), ``required`` True when every edge of
    the shortest chain is marked required, ``chain`` the names along it and
    ``sources`` those of its last edge.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> dependent_industries(toy_graph(), "rare earths")[["target", "hops", "chains", "required"]].values.tolist()
    [['rare earth magnets', 1, 1, True], ['electric vehicles', 2, 1, True]]
    """
    max_depth = config()["paths"]["max_depth"] if max_depth is None else max_depth
    m = resolve_material(G, material)
    down = downstream(G, m, max_depth)
    counts = _chain_counts(G, m, max_depth)
    rows = []
    for t in sorted(down, key=lambda n: (down[n][0], n)):
        if t == m or (industries_only and G.nodes[t].get("type") != "Industry"):
            continue
        chain = list(reversed(route(down, t)))
        edges = [_used_in(G, chain[i][0], chain[i + 1][0]) for i in range(len(chain) - 1)]
        rows.append({"material": name(G, m), "target": name(G, t), "target_type": G.nodes[t].get("type"),
                     "hops": down[t][0], "chains": counts.get(t, 0),
                     "required": all(bool(e.get("required")) for e in edges),
                     "chain": " -> ".join(name(G, n) for n, _ in chain),
                     "sources": source_refs(edges[-1].get("sources", []))})
    return pd.DataFrame(rows, columns=INDUSTRY_COLUMNS)


def _used_in(G, u: str, v: str) -> dict:
    for _k, d in sorted(G[u][v].items()):
        if d.get("type") == "USED_IN":
            return d
    return {}
