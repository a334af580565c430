"""Supply concentration: HHI, top supplier and top-3 share per material and stage.

Shares are those of SUPPLIES edges from countries (firms' shares are a
different level and never mixed in). For a disputed share the edge's
top-level value counts (the model's preferred claim); the other claims are
listed in ``disputed``. Suppliers without a known share count in
``suppliers`` but add nothing to the HHI. The HHI is the sum of squared
percentage shares (0 to 10,000) over the known shares, so missing data makes
it a lower bound; ``covered_share`` says how much of the market is known.

>>> from queries.toy import toy_graph
>>> for row in concentration(toy_graph())[["material", "stage", "hhi", "top_supplier"]].values.tolist():
...     print(row)
['rare earth magnets', 'magnet', 8125.0, 'China']
['rare earths', 'mine', 5100.0, 'China']
['rare earths', 'refining', 8100.0, 'China']
['synthetic diamond', 'synthetic', 9034.0, 'China']
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from ._common import alternatives, config, country_supplies, expand_materials, name, round_share, source_refs

__all__ = ["concentration", "hhi", "CONCENTRATION_COLUMNS"]

CONCENTRATION_COLUMNS = ["material", "stage", "suppliers", "hhi", "top_supplier", "top_share",
                         "top3_share", "covered_share", "flag_hhi", "flag_top", "disputed", "sources"]


def hhi(shares) -> float:
    """Herfindahl-Hirschman index of fractional shares, on the 0-10,000 scale.

    >>> hhi([0.5, 0.3, 0.2]), hhi([1.0]), hhi([])
    (3800.0, 10000.0, 0.0)
    """
    return round(float(sum((100.0 * s) ** 2 for s in shares if s is not None)), 1)


def concentration(G: nx.MultiDiGraph, materials=None, *, stages=None) -> pd.DataFrame:
    """Concentration of supply per material and stage.

    Parameters
    ----------
    G : the supplygraph MultiDiGraph (not modified).
    materials : a name or names; each is expanded with its group members and
        its downstream materials (``rare earths`` brings ``rare earth
        magnets``). None: every material with supply data.
    stages : keep only these stages (e.g. ``["mine", "refining"]``).

    Returns
    -------
    DataFrame with columns, in order:
    ``material, stage, suppliers, hhi, top_supplier, top_share, top3_share,
    covered_share, flag_hhi, flag_top, disputed, sources``

    * ``suppliers``: number of supplying countries; ``hhi``: see module doc,
      rounded to 0.1; ``top_supplier``/``top_share``: the largest known share
      (ties: the name first in order); ``top3_share``: sum of the three
      largest; ``covered_share``: sum of all known shares.
    * ``flag_hhi``: hhi > ``concentration.hhi_flag`` (2,500);
      ``flag_top``: top_share > ``concentration.top_share_flag`` (0.5).
    * ``disputed``: "supplier: alternative claims" for disputed shares;
      ``sources``: sources of the top supplier's edge.

    Sorted by material then stage. Industries and materials without country
    supply data give no row.

    Examples
    --------
    >>> from queries.toy import toy_graph
    >>> df = concentration(toy_graph(), "rare earths", stages=["mine"])
    >>> df[["suppliers", "hhi", "top_share", "top3_share", "flag_top"]].values.tolist()
    [[3, 5100.0, 0.7, 0.9, True]]
    >>> df.loc[0, "disputed"]
    'China: 0.6 (toy-article.txt:0-37 "China mines about 60% of rare earths.")'
    """
    cfg = config()["concentration"]
    rows = []
    for m in expand_materials(G, materials):
        if G.nodes[m].get("type") != "Material":
            continue
        for stage, sups in sorted(country_supplies(G, m).items()):
            if stages is not None and stage not in stages:
                continue
            known = sorted(((s, name(G, u), d) for u, s, d in sups if s is not None), key=lambda t: (-t[0], t[1]))
            top = known[0] if known else None
            disputed = "; ".join(f"{name(G, u)}: {alternatives(d)}" for u, _s, d in sups if alternatives(d))
            index = hhi(s for s, _, _ in known)
            top_share = top[0] if top else None
            rows.append({
                "material": name(G, m), "stage": stage, "suppliers": len(sups), "hhi": index,
                "top_supplier": top[1] if top else None, "top_share": round_share(top_share),
                "top3_share": round_share(sum(s for s, _, _ in known[:3])) if known else None,
                "covered_share": round_share(sum(s for s, _, _ in known)) if known else None,
                "flag_hhi": index > cfg["hhi_flag"],
                "flag_top": bool(top_share is not None and top_share > cfg["top_share_flag"]),
                "disputed": disputed, "sources": source_refs(top[2].get("sources", [])) if top else "",
            })
    df = pd.DataFrame(rows, columns=CONCENTRATION_COLUMNS)
    return df.sort_values(["material", "stage"], kind="mergesort").reset_index(drop=True)
