"""What-if: supply lost when a country drops out or a control bites, the alternatives left, and planned mitigations.

A scenario removes a set of suppliers from some materials:

``remove_country=C``
    C (and, for the alternatives, the firms and facilities located in C),
    from every material;
``apply_control=K``
    K's imposer (and its firms), from the materials K restricts and their
    group members (K's target countries are reported in ``affects``).

Shares lost are the removed *countries'* SUPPLIES shares; firms have no
market shares in the data and count only as alternatives.

The *direct* loss of a material stage is the sum of the removed countries'
shares; what remains is ``1 - lost``. Losses then flow downstream along
USED_IN (not to groups: rare earths do not need each of their members) by a label-correcting
dynamic programme: a node's *downstream* loss is the largest loss among its
inputs (the bottleneck view: a plant short of 95% of its diamond grit is
short whatever else it has) and ``via`` names the chain it came through.

>>> from queries.toy import toy_graph
>>> df = what_if(toy_graph(), remove_country="China")
>>> for row in df[["node", "kind", "stage", "lost_share", "remaining_share"]].head(4).values.tolist():
...     print(row)
['synthetic diamond', 'direct', 'synthetic', 0.95, 0.05]
['semiconductors', 'downstream', None, 0.95, 0.05]
['rare earth magnets', 'direct', 'magnet', 0.9, 0.1]
['rare earths', 'direct', 'refining', 0.9, 0.1]
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from graph.names import agency_country, country_name, material_name
from graph.records import node_id

from ._common import (QueryError, all_edges, alternatives, as_of_date, control_targets, expand_materials,
                      firm_countries, groups, imposer_share, ins, members, name, outs, resolve_country,
                      resolve_material, round_share, source_refs, status_as_of, supply_edges)

__all__ = ["what_if", "alternative_suppliers", "mitigations", "resolve_control", "WHAT_IF_COLUMNS",
           "ALTERNATIVE_COLUMNS", "MITIGATION_COLUMNS"]

WHAT_IF_COLUMNS = ["scenario", "node", "node_type", "kind", "stage", "lost_share", "remaining_share",
                   "suppliers_left", "top_alternative", "top_alternative_share", "affects", "via", "sources"]
ALTERNATIVE_COLUMNS = ["material", "stage", "supplier", "supplier_type", "country", "share", "relation",
                       "sources"]
MITIGATION_COLUMNS = ["material", "investor", "investor_type", "recipient", "recipient_type",
                      "recipient_country", "sector", "amount_usd", "status", "date", "instrument", "via",
                      "disputed", "sources"]


def resolve_control(G: nx.MultiDiGraph, text: str) -> str:
    """Node id of an export control given by node id, catalog key (``CN-2025-18``) or name.

    >>> from queries.toy import toy_graph
    >>> resolve_control(toy_graph(), "cn-b")
    'exportcontrol:cn-b-dysprosium-ban'
    """
    if text in G and G.nodes[text].get("type") == "ExportControl":
        return text
    folded = text.strip().casefold()
    for n, d in sorted(G.nodes(data=True)):
        if d.get("type") == "ExportControl" and folded in (str(d.get("catalog_key", "")).casefold(),
                                                            str(d.get("name", "")).casefold()):
            return n
    nid = node_id("ExportControl", text)
    if nid in G:
        return nid
    raise QueryError(f"no export control {text!r} (give its catalog key, e.g. CN-2025-18, or its name)")


def _located(G, n: str) -> list[str]:
    t = G.nodes[n].get("type")
    if t == "Country":
        return [n]
    if t in ("Firm", "Facility"):
        return firm_countries(G, n)
    if t == "Agency":
        c = G.nodes[n].get("country") or agency_country(G.nodes[n].get("name", ""))
        cid = node_id("Country", country_name(c) or c) if c else None
        return [cid] if cid and cid in G else []
    return []


def _scenario(G, remove_country, apply_control, as_of):
    """(label, removed country ids, covered materials or None for all, affects)."""
    if (remove_country is None) == (apply_control is None):
        raise QueryError("give exactly one of remove_country and apply_control")
    if remove_country is not None:
        c = resolve_country(G, remove_country)
        return f"remove {name(G, c)}", {c}, None, "all"
    k = resolve_control(G, apply_control)
    imposers = {u for u, _, d in ins(G, k) if d.get("type") == "IMPOSES"}
    imposers |= {cid for u in list(imposers) for cid in _located(G, u)}
    if not imposers and G.nodes[k].get("imposer"):
        imposers = {resolve_country(G, G.nodes[k]["imposer"])}
    covered: set[str] = set()
    for v, _, d in outs(G, k):
        if d.get("type") == "RESTRICTS":
            covered.add(v)
            covered.update(members(G, v))
    status = status_as_of(G.nodes[k], as_of_date(as_of)) or "not yet announced"
    label = f"apply {G.nodes[k].get('catalog_key') or name(G, k)} ({status})"
    return label, {c for c in imposers if G.nodes[c].get("type") == "Country"}, covered, control_targets(G, k)


def what_if(G: nx.MultiDiGraph, *, remove_country: str | None = None, apply_control: str | None = None,
            materials=None, as_of=None) -> pd.DataFrame:
    """Share of supply lost and left, per material stage and downstream, in one scenario.

    Parameters
    ----------
    G : the supplygraph MultiDiGraph (not modified).
    remove_country : a country name (any known form); or
    apply_control : a control's catalog key or name.
    materials : restrict rows to these materials, their members and downstream.
    as_of : date for the control's status in ``scenario`` (default today).

    Returns
    -------
    DataFrame with columns, in order:
    ``scenario, node, node_type, kind, stage, lost_share, remaining_share,
    suppliers_left, top_alternative, top_alternative_share, affects, via, sources``

    * ``kind``: ``direct`` (a stage the removed suppliers hold) or
      ``downstream`` (reached through USED_IN; ``stage`` is None).
    * ``lost_share``: sum of removed countries' shares (top-level share of
      each edge); downstream: the largest loss among inputs.
      ``remaining_share``: ``1 - lost_share``.
    * ``suppliers_left``: countries with a known share left at that stage;
      ``top_alternative(_share)``: the largest of them.
    * ``affects``: ``all`` or the control's target countries.
    * ``via``: for downstream rows, the chain from the directly hit material;
      for a controlled material without supply data (an element of a group),
      ``share of <group>``: the imposer's share of the nearest group with
      data stands in for the loss.
    * ``sources``: sources of the removed supply edges.

    Sorted by lost_share (descending), then kind, node, stage.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> df = what_if(toy_graph(), apply_control="CN-B", as_of="2026-01-01")
    >>> df[["scenario", "node", "kind", "lost_share", "affects", "via"]].values.tolist()[1]
    ['apply CN-B (suspended)', 'electric vehicles', 'downstream', 0.9, 'United States', 'dysprosium -> rare earth magnets -> electric vehicles']
    """
    label, removed, covered, affects = _scenario(G, remove_country, apply_control, as_of)
    scope = set(expand_materials(G, materials)) if materials is not None else None
    candidates = covered if covered is not None else {
        v for c in removed for v, _, d in outs(G, c) if d.get("type") == "SUPPLIES"}
    rows, loss = [], {}
    for x in sorted(candidates):
        if G.nodes[x].get("type") not in ("Material", "Technology", "Industry"):
            continue
        by_stage: dict[str, list] = {}
        for u, _k, d in supply_edges(G, x):
            by_stage.setdefault(d.get("stage") or "", []).append((u, d))
        for stage, sups in sorted(by_stage.items()):
            gone = [(u, d) for u, d in sups if u in removed]
            if not gone:
                continue
            known = [d.get("share") for _, d in gone if d.get("share") is not None]
            lost = min(1.0, sum(known)) if known else None
            left = sorted(((d["share"], name(G, u)) for u, d in sups if u not in removed and d.get("share")),
                          key=lambda t: (-t[0], t[1]))
            if lost is not None and lost > loss.get(x, (0.0, None))[0]:
                loss[x] = (lost, None)
            rows.append({"node": x, "kind": "direct", "stage": stage, "lost_share": lost,
                         "suppliers_left": len(left), "top_alternative": left[0][1] if left else None,
                         "top_alternative_share": left[0][0] if left else None, "via": None,
                         "sources": source_refs(s for _, d in gone for s in d.get("sources", []))})
        if covered is not None and x not in loss and not any(r["node"] == x for r in rows):
            # A controlled element without its own supply data (dysprosium): the
            # imposer's share of the nearest group with data stands in for it.
            for c in sorted(removed):
                share, stage, at = imposer_share(G, c, [x] + groups(G, x))
                if share is not None:
                    loss[x] = (share, at)
                    rows.append({"node": x, "kind": "direct", "stage": stage, "lost_share": share,
                                 "suppliers_left": None, "top_alternative": None, "top_alternative_share": None,
                                 "via": f"share of {name(G, at)}", "sources": ""})
                    break
    # Downstream: label-correcting max-propagation; values only grow, so it ends.
    best = {x: (v, [x]) for x, (v, _) in loss.items()}
    work = sorted(best)
    while work:
        u = work.pop()
        val, chain = best[u]
        for v in _outflow(G, u):
            if v in chain:
                continue
            cur = best.get(v)
            cand = (val, chain + [v])
            if cur is None or val > cur[0] or (val == cur[0] and (len(cand[1]), cand[1]) < (len(cur[1]), cur[1])):
                best[v] = cand
                work.append(v)
    for v, (val, chain) in sorted(best.items()):
        if len(chain) > 1:
            rows.append({"node": v, "kind": "downstream", "stage": None, "lost_share": val, "suppliers_left": None,
                         "top_alternative": None, "top_alternative_share": None,
                         "via": " -> ".join(name(G, n) for n in chain), "sources": ""})
    for r in rows:
        r["scenario"], r["affects"] = label, affects
        r["node_type"] = G.nodes[r["node"]].get("type")
        r["remaining_share"] = None if r["lost_share"] is None else round_share(1.0 - r["lost_share"])
        r["lost_share"] = round_share(r["lost_share"])
        r["top_alternative_share"] = round_share(r["top_alternative_share"])
    if scope is not None:
        rows = [r for r in rows if r["node"] in scope]
    for r in rows:
        r["node"] = name(G, r["node"])
    df = pd.DataFrame(rows, columns=WHAT_IF_COLUMNS, dtype=object)
    df["_l"] = df["lost_share"].astype(float).fillna(-1.0)
    df = df.sort_values(["_l", "kind", "node", "stage"], ascending=[False, True, True, True],
                        kind="mergesort", na_position="first").drop(columns="_l").reset_index(drop=True)
    return df.astype(object).where(df.notna(), None)


def _outflow(G, u: str):
    # USED_IN only: a group (rare earths) does not need each of its members.
    for v in sorted({v for v, _, d in outs(G, u) if d.get("type") == "USED_IN"}):
        yield v


def alternative_suppliers(G: nx.MultiDiGraph, material: str, *, exclude_country: str | None = None,
                          control: str | None = None) -> pd.DataFrame:
    """Countries and firms supplying ``material`` (or a member of it) outside a country or a control.

    ``exclude_country`` drops that country and its firms; ``control`` drops
    the control's imposer and its firms.

    Returns
    -------
    DataFrame with columns ``material, stage, supplier, supplier_type,
    country, share, relation, sources``: ``relation`` is ``SUPPLIES`` or
    ``PRODUCES``; ``country`` is the supplier's country; ``share`` the
    supplier's top-level share (None for producers without one). Sorted by
    share (descending, unknown last), then supplier.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> alternative_suppliers(toy_graph(), "synthetic diamond", exclude_country="China")[["supplier", "country", "share"]].values.tolist()
    [['United States', 'United States', 0.03], ['Element Six', 'United Kingdom', None]]
    """
    m = resolve_material(G, material)
    excluded: set[str] = set()
    if exclude_country:
        excluded.add(resolve_country(G, exclude_country))
    if control:
        _, removed, _, _ = _scenario(G, None, control, None)
        excluded |= removed
    rows = []
    for x in [m] + members(G, m):
        for u, _k, d in ins(G, x):
            if d.get("type") not in ("SUPPLIES", "PRODUCES"):
                continue
            ut = G.nodes[u].get("type")
            if ut not in ("Country", "Firm", "Facility"):
                continue
            countries = _located(G, u)
            if excluded & set(countries):
                continue
            rows.append({"material": name(G, x), "stage": d.get("stage"), "supplier": name(G, u),
                         "supplier_type": ut, "country": "; ".join(name(G, c) for c in countries) or None,
                         "share": round_share(d.get("share")), "relation": d["type"],
                         "sources": source_refs(d.get("sources", []))})
    return _sorted_frame(pd.DataFrame(rows, columns=ALTERNATIVE_COLUMNS), "share",
                         ["_n", "supplier", "material", "stage"], [False, True, True, True])


def _sorted_frame(df: pd.DataFrame, numeric: str, by: list[str], ascending: list[bool]) -> pd.DataFrame:
    """``df`` sorted by ``by``, where ``_n`` stands for ``numeric`` with missing values last; None for NaN."""
    df = df.assign(_n=df[numeric].astype(float).fillna(-1.0))
    df = df.sort_values(by, ascending=ascending, kind="mergesort").drop(columns="_n").reset_index(drop=True)
    return df.astype(object).where(df.notna(), None)


def mitigations(G: nx.MultiDiGraph, materials=None, *, dependent_on: str | None = None) -> pd.DataFrame:
    """Planned or done investments (INVESTS_IN) that add supply of the materials outside a country.

    An investment counts for a material when its ``sector`` names the
    material (or a member or downstream material; names resolved with
    ``graph.names.material_name``), or, when it has no sector, when its
    recipient produces or supplies the material. With ``dependent_on``,
    investments by or into that country are left out (they do not reduce the
    dependence).

    Returns
    -------
    DataFrame with columns ``material, investor, investor_type, recipient,
    recipient_type, recipient_country, sector, amount_usd, status, date,
    instrument, via, disputed, sources``: ``status`` is the top-level claim
    (``proposed``, ``committed``, ``done``); ``disputed`` lists other claims
    (``amount_usd: 500000000.0 (source)``); ``via`` the channels
    ("; "-joined). Sorted by material, then amount (descending), investor.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> mitigations(toy_graph(), "synthetic diamond", dependent_on="China")[["investor", "recipient", "amount_usd", "status"]].values.tolist()
    [['Japan', 'Element Six', 600000000.0, 'committed']]
    """
    scope = expand_materials(G, materials)
    scope_set = set(scope)
    excluded = {resolve_country(G, dependent_on)} if dependent_on else set()
    rows = []
    invests = sorted(((u, v, k, d) for u, v, k, d in all_edges(G) if d.get("type") == "INVESTS_IN"),
                     key=lambda e: e[:3])
    for u, v, _k, d in invests:
        if excluded & (set(_located(G, u)) | set(_located(G, v))):
            continue
        matched = []
        if d.get("sector"):
            for part in str(d["sector"]).split(";"):
                mid = node_id("Material", material_name(part))
                if mid in scope_set:
                    matched.append(mid)
        else:
            matched = sorted({w for w, _, e in outs(G, v)
                              if e.get("type") in ("PRODUCES", "SUPPLIES") and w in scope_set})
        for mid in sorted(set(matched)):
            disputed = "; ".join(f"{p}: {alternatives(d, p)}" for p in d.get("disputed", []) if alternatives(d, p))
            via = d.get("via")
            rows.append({"material": name(G, mid), "investor": name(G, u), "investor_type": G.nodes[u].get("type"),
                         "recipient": name(G, v), "recipient_type": G.nodes[v].get("type"),
                         "recipient_country": "; ".join(name(G, c) for c in _located(G, v)) or None,
                         "sector": d.get("sector"), "amount_usd": d.get("amount_usd"), "status": d.get("status"),
                         "date": d.get("date"), "instrument": d.get("instrument"),
                         "via": "; ".join(via) if isinstance(via, list) else via, "disputed": disputed,
                         "sources": source_refs(d.get("sources", []))})
    return _sorted_frame(pd.DataFrame(rows, columns=MITIGATION_COLUMNS), "amount_usd",
                         ["material", "_n", "investor", "recipient"], [True, False, True, True])
