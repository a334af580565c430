"""The chokepoint report: concentration, controls and dependence combined into one ranked table.

Score
-----
Each row is a material stage that the country ``dependent_on`` supplies.
Its score, 0 to 100, is an EU-style supply risk::

    score = 100 * (hhi / 10000) * share * (floor + (1 - floor) * control_weight)

* ``hhi``: concentration of the stage (:func:`queries.concentration.concentration`);
* ``share``: the country's share of the stage (top-level claim);
* ``control_weight``: the largest status weight (``status_weights`` in
  ``queries/scoring.yaml``: in force or ongoing 1, announced, suspended or
  unknown 0.5, superseded 0) among the country's controls on the material
  or its group members, on the report date; 0 with no control; relief
  measures never count;
* ``floor`` (``score.control_floor``, 0.5): how much of the risk stands
  without any control.

A stage that one country holds entirely under a control in force scores 100.

>>> from queries.toy import toy_graph
>>> df = chokepoint_report(toy_graph(), ["synthetic diamond", "rare earths"], as_of="2026-01-01")
>>> for row in df[["rank", "material", "stage", "share", "control_weight", "score"]].values.tolist():
...     print(row)
[1, 'synthetic diamond', 'synthetic', 0.95, 1.0, 85.823]
[2, 'rare earths', 'refining', 0.9, 0.5, 54.675]
[3, 'rare earth magnets', 'magnet', 0.9, 0.0, 36.5625]
[4, 'rare earths', 'mine', 0.7, 0.5, 26.775]
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from ._common import (as_of_date, config, country_supplies, expand_materials, ins, located_in, members, name,
                      outs, resolve_country, resolve_material, round_share, source_refs)
from .concentration import concentration
from .controls import control_exposure
from .failure import failure_points, single_source_materials
from .paths import dependency_paths, dependent_industries
from .whatif import alternative_suppliers, mitigations, what_if

__all__ = ["chokepoint_report", "report_sections", "CHOKEPOINT_COLUMNS", "SECTIONS"]

CHOKEPOINT_COLUMNS = ["rank", "material", "stage", "country", "share", "hhi", "top3_share", "control_weight",
                      "controls", "score", "industries", "alternatives", "mitigations", "sources"]
SECTIONS = ["chokepoints", "paths", "concentration", "controls", "industries", "failure_points", "what_if",
            "alternatives", "mitigations"]


def chokepoint_report(G: nx.MultiDiGraph, materials=None, dependent_on: str = "China", *,
                      as_of=None, _mitigations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Ranked chokepoints: material stages held by ``dependent_on``, scored (see module docstring).

    Parameters
    ----------
    G : the supplygraph MultiDiGraph (not modified).
    materials : names, expanded with members and downstream materials; None:
        every material the country supplies.
    dependent_on : the country depended on.
    as_of : report date for control status (default today).

    Returns
    -------
    DataFrame with columns, in order:
    ``rank, material, stage, country, share, hhi, top3_share, control_weight,
    controls, score, industries, alternatives, mitigations, sources``

    * ``controls``: the country's controls on the material or its members,
      ``catalog_key status_as_of`` joined by "; ".
    * ``score``: rounded to 4 places; rows sorted by score (descending),
      material, stage, ``rank`` from 1.
    * ``industries``: industries downstream (USED_IN), "; "-joined.
    * ``alternatives``: number of countries and firms outside the country
      that supply or produce the material; ``mitigations``: number of
      investments adding supply outside the country.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> df = chokepoint_report(toy_graph(), "synthetic diamond", as_of="2026-01-01")
    >>> df[["controls", "industries", "alternatives", "mitigations"]].values.tolist()
    [['CN-A in_force', 'semiconductors', 2, 1]]
    """
    cfg = config()
    when = as_of_date(as_of)
    c = resolve_country(G, dependent_on)
    if materials is None:
        scope = sorted({v for v, _, d in outs(G, c)
                        if d.get("type") == "SUPPLIES" and G.nodes[v].get("type") == "Material"})
        names = [name(G, m) for m in scope]
    else:
        names = [materials] if isinstance(materials, str) else list(materials)
        scope = [m for m in expand_materials(G, names) if G.nodes[m].get("type") == "Material"]
    conc = concentration(G, [name(G, m) for m in scope])
    conc_by = {(r.material, r.stage): r for r in conc.itertuples(index=False)}
    ctl = control_exposure(G, names, imposer=name(G, c), as_of=when) if names else control_exposure(G, [])
    ctl = ctl[ctl["kind"] == "control"]
    weights, floor = cfg["status_weights"], cfg["score"]["control_floor"]
    mit = _mitigations if _mitigations is not None else mitigations(G, names, dependent_on=name(G, c))
    local = located_in(G, c)
    rows = []
    for m in scope:
        own = {name(G, x) for x in [m] + members(G, m)}
        mine = ctl[ctl["material"].isin(own)]
        keyed = sorted({(str(r.catalog_key or r.control), r.status_as_of) for r in mine.itertuples(index=False)})
        cw = max((float(weights.get(s, weights["unknown"])) for _, s in keyed), default=0.0)
        industries = dependent_industries(G, m, industries_only=True)
        n_alt = _alternatives(G, m, c, local)
        n_mit = int((mit["material"].isin(own)).sum())
        for stage, sups in sorted(country_supplies(G, m).items()):
            mine_sup = [(s, d) for u, s, d in sups if u == c]
            if not mine_sup or mine_sup[0][0] is None:
                continue
            share, d = mine_sup[0]
            r = conc_by[(name(G, m), stage)]
            score = 100.0 * (r.hhi / 10000.0) * share * (floor + (1.0 - floor) * cw)
            rows.append({"material": name(G, m), "stage": stage, "country": name(G, c), "share": round_share(share),
                         "hhi": r.hhi, "top3_share": r.top3_share, "control_weight": cw,
                         "controls": "; ".join(f"{k} {s}" for k, s in keyed), "score": round(score, 4),
                         "industries": "; ".join(industries["target"]), "alternatives": n_alt,
                         "mitigations": n_mit, "sources": source_refs(d.get("sources", []))})
    df = pd.DataFrame(rows, columns=CHOKEPOINT_COLUMNS[1:])
    df = df.sort_values(["score", "material", "stage"], ascending=[False, True, True], kind="mergesort")
    df = df.reset_index(drop=True)
    df.insert(0, "rank", range(1, len(df) + 1))
    return df


def _alternatives(G, m: str, c: str, local: set[str]) -> int:
    """Countries and firms outside ``c`` that supply or produce ``m`` or a member of it."""
    found = set()
    for x in [m] + members(G, m):
        for u, _k, d in ins(G, x):
            if d.get("type") not in ("SUPPLIES", "PRODUCES") or u == c or u in local:
                continue
            t = G.nodes[u].get("type")
            if t in ("Country", "Firm", "Facility"):
                found.add(u)
    return len(found)


def report_sections(G: nx.MultiDiGraph, materials=("synthetic diamond", "rare earths"),
                    dependent_on: str = "China", *, as_of=None) -> dict:
    """Every section of the report, as DataFrames, for the CLI and notebooks.

    Returns
    -------
    dict with keys, in order, ``chokepoints`` (:func:`chokepoint_report`),
    ``paths`` (:func:`queries.paths.dependency_paths` per material),
    ``concentration``, ``controls`` (the country's controls),
    ``industries`` (:func:`queries.paths.dependent_industries` per material),
    ``failure_points`` (a dict: ``dominators``, ``single_source``,
    ``articulation_points``), ``what_if`` (removing the country),
    ``alternatives`` (suppliers outside the country) and ``mitigations``.
    The materials are the roots given (names as in the graph).

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> s = report_sections(toy_graph(), ["synthetic diamond"], as_of="2026-01-01")
    >>> list(s), list(s["failure_points"])
    (['chokepoints', 'paths', 'concentration', 'controls', 'industries', 'failure_points', 'what_if', 'alternatives', 'mitigations'], ['dominators', 'single_source', 'articulation_points'])
    >>> s["mitigations"].loc[0, "recipient"]
    'Element Six'
    """
    when = as_of_date(as_of)
    roots = [name(G, resolve_material(G, m)) for m in ([materials] if isinstance(materials, str) else materials)]
    c = name(G, resolve_country(G, dependent_on))

    def cat(frames, columns):
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)

    paths = cat([dependency_paths(G, m, on=c, as_of=when) for m in roots], None)
    failures = [failure_points(G, m) for m in roots]
    if len(paths):
        paths = paths.sort_values(["weight", "hops", "material", "target", "path"],
                                  ascending=[False, True, True, True, True], kind="mergesort").reset_index(drop=True)
        paths["rank"] = range(1, len(paths) + 1)
    mit = mitigations(G, roots, dependent_on=c)
    return {
        "chokepoints": chokepoint_report(G, roots, c, as_of=when, _mitigations=mit),
        "paths": paths,
        "concentration": concentration(G, roots),
        "controls": control_exposure(G, roots, imposer=c, as_of=when),
        "industries": cat([dependent_industries(G, m) for m in roots], None),
        "failure_points": {
            "dominators": cat([f["dominators"] for f in failures], None),
            "single_source": single_source_materials(G, roots),
            "articulation_points": cat([f["articulation_points"] for f in failures], None),
        },
        "what_if": what_if(G, remove_country=c, materials=roots, as_of=when),
        "alternatives": cat([alternative_suppliers(G, m, exclude_country=c) for m in roots], None),
        "mitigations": mit,
    }
