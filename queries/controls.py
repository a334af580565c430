"""Export-control exposure: which materials a measure restricts, how much of them its imposer holds, and its status on a date.

A control covers a material when it RESTRICTS the material itself
(``relation`` ``self``) or a group the material belongs to (``group``: a
control on superhard materials covers synthetic diamond). Status is read as
of a date (see :func:`queries._common.status_as_of`): a measure suspended
until a date after ``as_of`` is ``suspended``; once the suspension lapses it
is ``in_force`` again; measures announced after ``as_of`` are left out.
Measures that lift other measures (named in ``relief.name_patterns`` of
``queries/scoring.yaml``, e.g. a notice suspending controls) have
``kind`` ``relief``.

>>> from queries.toy import toy_graph
>>> df = control_exposure(toy_graph(), "synthetic diamond", as_of="2026-01-01")
>>> df[["material", "catalog_key", "relation", "status_as_of", "imposer_share"]].values.tolist()
[['synthetic diamond', 'CN-A', 'group', 'in_force', 0.95]]
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from ._common import (all_edges, as_of_date, config, control_targets, controls_on, expand_materials, groups,
                      imposer_share, ins, is_relief, name, resolve_country, round_share, source_refs,
                      status_as_of)

__all__ = ["control_exposure", "CONTROL_COLUMNS"]

CONTROL_COLUMNS = ["material", "control", "catalog_key", "kind", "imposer", "restricted", "relation",
                   "status", "status_as_of", "announced", "effective", "suspended_until", "targets",
                   "imposer_share", "stage", "share_node", "flag_share", "status_weight", "sources"]


def control_exposure(G: nx.MultiDiGraph, materials=None, *, imposer: str | None = None, as_of=None,
                     min_share: float = 0.0) -> pd.DataFrame:
    """Controls covering materials, with the imposer's share and the status on ``as_of``.

    Parameters
    ----------
    G : the supplygraph MultiDiGraph (not modified).
    materials : a name or names, expanded with group members and downstream
        materials (members list only controls naming them; controls on their
        groups are listed once, at the group); None means every directly
        restricted material.
    imposer : keep only measures this country imposes.
    as_of : date for the status (default today).
    min_share : keep rows whose imposer share is at least this (unknown
        shares are kept only when ``min_share`` is 0).

    Returns
    -------
    DataFrame with columns, in order:
    ``material, control, catalog_key, kind, imposer, restricted, relation,
    status, status_as_of, announced, effective, suspended_until, targets,
    imposer_share, stage, share_node, flag_share, status_weight, sources``

    * ``control``: the measure's name; ``kind``: ``control`` or ``relief``.
    * ``restricted``: the node the measure names; ``relation``: ``self`` or ``group``.
    * ``status``: as recorded; ``status_as_of``: on the report date.
    * ``targets``: targeted countries ("; "-joined) or ``all``.
    * ``imposer_share``/``stage``/``share_node``: the imposer's largest known
      share of the material, else of its nearest group with data (the node
      the share was read from is ``share_node``).
    * ``flag_share``: imposer_share > ``concentration.top_share_flag``.
    * ``status_weight``: ``status_weights`` of scoring.yaml for ``status_as_of``
      (0 for relief).

    Sorted by material, then catalog key and control name.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> G = toy_graph()
    >>> df = control_exposure(G, "rare earths", as_of="2026-01-01")
    >>> df[["material", "catalog_key", "status_as_of", "suspended_until", "targets", "share_node"]].values.tolist()
    [['dysprosium', 'CN-B', 'suspended', '2026-11-10', 'United States', 'rare earths']]
    >>> control_exposure(G, "rare earths", as_of="2026-12-01").loc[0, "status_as_of"]
    'in_force'
    >>> len(control_exposure(G, "rare earths", as_of="2024-01-01"))
    0
    """
    cfg = config()
    when = as_of_date(as_of)
    imposer_id = resolve_country(G, imposer) if imposer else None
    if materials is None:
        scope = sorted({v for _, v, _k, d in all_edges(G)
                        if d.get("type") == "RESTRICTS" and G.nodes[v].get("type") == "Material"})
        pairs = [(m, c, r, rel, d) for m in scope for c, r, rel, d in controls_on(G, m) if rel == "self"]
    else:
        # Members get only their own controls: a control on the group is listed at the group.
        scope = expand_materials(G, materials)
        member_only = set(scope) - set(expand_materials(G, materials, with_members=False))
        pairs = [(m, c, r, rel, d) for m in scope if G.nodes[m].get("type") == "Material"
                 for c, r, rel, d in controls_on(G, m) if rel == "self" or m not in member_only]
    # One row per (material, control): the control's own naming of the material wins over its group.
    seen: set[tuple[str, str]] = set()
    pairs.sort(key=lambda p: (p[0], p[1], p[3] != "self", p[2]))
    rows = []
    for m, ctl, restricted, relation, d in pairs:
        if (m, ctl) in seen:
            continue
        seen.add((m, ctl))
        node = G.nodes[ctl]
        imposers = sorted(u for u, _, e in ins(G, ctl) if e.get("type") == "IMPOSES")
        imp = imposers[0] if imposers else None
        if imposer_id and imposer_id not in imposers and node.get("imposer") != name(G, imposer_id):
            continue
        attrs = {**node, **{k: v for k, v in d.items() if v not in (None, "")}}
        status = status_as_of(attrs, when)
        if status is None:
            continue
        share, stage, share_node = (imposer_share(G, imp, [m, restricted] + groups(G, m))
                                    if imp else (None, None, None))
        if min_share > 0 and (share is None or share < min_share):
            continue
        relief = is_relief(G, ctl)
        weights = cfg["status_weights"]
        rows.append({
            "material": name(G, m), "control": name(G, ctl), "catalog_key": node.get("catalog_key"),
            "kind": "relief" if relief else "control",
            "imposer": name(G, imp) if imp else node.get("imposer"), "restricted": name(G, restricted),
            "relation": relation, "status": attrs.get("status"), "status_as_of": status,
            "announced": attrs.get("announced"), "effective": attrs.get("effective"),
            "suspended_until": attrs.get("suspended_until"), "targets": control_targets(G, ctl),
            "imposer_share": round_share(share), "stage": stage,
            "share_node": name(G, share_node) if share_node else None,
            "flag_share": bool(share is not None and share > cfg["concentration"]["top_share_flag"]),
            "status_weight": 0.0 if relief else float(weights.get(status, weights["unknown"])),
            "sources": source_refs(d.get("sources", [])),
        })
    df = pd.DataFrame(rows, columns=CONTROL_COLUMNS)
    df = df.sort_values(["material", "catalog_key", "control"], kind="mergesort", na_position="last")
    return df.reset_index(drop=True).astype(object).where(lambda x: x.notna(), None)
