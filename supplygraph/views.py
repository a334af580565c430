"""What to draw: focused subgraphs of the supply graph, each with a title and caption.

Three focuses, as ``supplygraph html --focus`` offers them:

* ``paths`` (the default for a material): the dependency paths of a material
  on one country. From :func:`queries.paths.dependency_paths` when that module
  exists; otherwise the material's supply, restriction and use neighbourhood:
  its suppliers (SUPPLIES), the country's export controls on it or on a group
  it belongs to (RESTRICTS, with the imposing country or agency and the
  targets), its groups and members (PART_OF), firms producing it (PRODUCES)
  and its downstream uses (USED_IN, a few steps).
* ``neighbourhood``: everything within ``hops`` steps of the materials.
* ``all``: the whole graph.

>>> from graph import new_graph, add_records, Node, Edge, Source, node_id
>>> G = new_graph()
>>> src = (Source.from_table("t.csv", 2, "https://example.org/t"),)
>>> add_records(G, [Node("Country", "China"), Node("Country", "Chile"), Node("Material", "synthetic diamond"),
...     Node("Material", "copper"), Node("Industry", "semiconductors"),
...     Edge("SUPPLIES", "country:china", "material:synthetic-diamond", {"stage": "synthetic", "share": 0.95}, src),
...     Edge("SUPPLIES", "country:chile", "material:copper", {"stage": "mine", "share": 0.24}, src),
...     Edge("USED_IN", "material:synthetic-diamond", "industry:semiconductors", {}, src)])
>>> v = select_view(G, "paths", ["Synthetic diamonds"])
>>> sorted(v.graph.nodes), v.title, v.focus
(['country:china', 'industry:semiconductors', 'material:synthetic-diamond'], 'synthetic diamond: dependency on China', ('material:synthetic-diamond', 'country:china'))
>>> len(select_view(G, "all").graph)
5
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import networkx as nx

from graph import SupplyGraphError
from queries import resolve

__all__ = ["View", "FOCUSES", "select_view", "paths_view", "neighbourhood_view", "all_view",
           "top_supplier", "supply_neighbourhood", "chokepoint_sizes"]

FOCUSES = ("paths", "neighbourhood", "all")

# Downstream USED_IN steps followed by the paths fallback (material -> part -> product).
_USE_STEPS = 2


@dataclass(frozen=True)
class View:
    """A subgraph to draw, what it shows, and the nodes it is about."""

    graph: nx.MultiDiGraph
    title: str
    caption: str
    focus: tuple[str, ...] = ()


def _name(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("name", n))


def top_supplier(G: nx.MultiDiGraph, material: str) -> str | None:
    """The country with the largest SUPPLIES share of ``material`` (any stage), or None."""
    best = None
    for u, _, d in G.in_edges(material, data=True):
        if d.get("type") == "SUPPLIES" and G.nodes[u].get("type") == "Country":
            share = d.get("share")
            if isinstance(share, (int, float)):
                cand = (-float(share), u)
                best = cand if best is None or cand < best else best
    return best[1] if best else None


def _edges(G: nx.MultiDiGraph, n: str, etype: str, incoming: bool):
    edges = G.in_edges(n, data="type") if incoming else G.out_edges(n, data="type")
    return sorted((u if incoming else v) for u, v, t in edges if t == etype)


def _material_family(G: nx.MultiDiGraph, m: str) -> set[str]:
    """``m``, the groups it belongs to (transitively) and its members."""
    family, todo = {m}, [m]
    while todo:  # up: the groups of m, their groups, ...
        for g in _edges(G, todo.pop(), "PART_OF", incoming=False):
            if G.nodes[g].get("type") == "Material" and g not in family:
                family.add(g)
                todo.append(g)
    for child in _edges(G, m, "PART_OF", incoming=True):  # down: direct members only
        if G.nodes[child].get("type") in ("Material", "Technology"):
            family.add(child)
    return family


def _imposed_by(G: nx.MultiDiGraph, control: str, country: str | None) -> bool:
    if country is None:
        return True
    cname = _name(G, country)
    for imp in _edges(G, control, "IMPOSES", incoming=True):
        if imp == country or G.nodes[imp].get("country") == cname:
            return True
    return G.nodes[control].get("imposer") == cname


def supply_neighbourhood(G: nx.MultiDiGraph, m: str, country: str | None) -> set[str]:
    """Node ids around material ``m``: the paths view without :mod:`queries.paths`.

    ``m``, its groups and members, their suppliers, the export controls on them
    imposed by ``country`` (any country when None) with imposers and targets,
    the firms producing ``m`` and its uses up to two USED_IN steps downstream.
    """
    keep = {m} | ({country} if country else set())
    family = _material_family(G, m)
    keep |= family
    for x in sorted(family):
        keep.update(_edges(G, x, "SUPPLIES", incoming=True))
        for control in _edges(G, x, "RESTRICTS", incoming=True):
            if _imposed_by(G, control, country):
                keep.add(control)
                keep.update(_edges(G, control, "IMPOSES", incoming=True))
                keep.update(_edges(G, control, "TARGETS", incoming=False))
    keep.update(_edges(G, m, "PRODUCES", incoming=True))
    frontier = {m}
    for _ in range(_USE_STEPS):
        frontier = {v for x in sorted(frontier) for v in _edges(G, x, "USED_IN", incoming=False)} - keep
        keep |= frontier
    return keep


# One step of a ``queries.paths`` path text: " -[TYPE detail]-> " or " <-[TYPE detail]- ".
_STEP = re.compile(r" (?:-\[([^\]]*)\]->|<-\[([^\]]*)\]-) ")


def _step_edges(G: nx.MultiDiGraph, a: set[str], detail: str, forward: bool, b: set[str]):
    """Edges of the stated type between candidates ``a`` and ``b``, stated direction first."""
    words = detail.split()
    etype = words[0] if words else ""
    stage = words[1] if etype == "SUPPLIES" and len(words) > 1 else None
    for fwd in (forward, not forward):
        found = []
        for x in sorted(a):
            for y in sorted(b):
                u, v = (x, y) if fwd else (y, x)
                for k, d in sorted((G.get_edge_data(u, v) or {}).items()):
                    if d.get("type") == etype and (stage is None or d.get("stage") == stage):
                        found.append((u, v, k))
        if found:
            return found
    return []


def _path_edges(G: nx.MultiDiGraph, by_name: dict[str, set[str]], text: str) -> list[tuple[str, str, str]]:
    """The graph edges a ``queries.paths`` path text walks along."""
    parts = _STEP.split(text)
    names, steps = parts[0::3], list(zip(parts[1::3], parts[2::3]))
    out, here = [], by_name.get(names[0], set())
    for (fwd_detail, back_detail), nxt in zip(steps, names[1:]):
        forward = fwd_detail is not None
        found = _step_edges(G, here, fwd_detail if forward else back_detail, forward, by_name.get(nxt, set()))
        out += found
        ends = {e[1] if e[0] in here else e[0] for e in found}
        here = ends or by_name.get(nxt, set())
    return out


def _query_paths(G: nx.MultiDiGraph, m: str, country: str | None, as_of=None) -> nx.MultiDiGraph | None:
    """The edges along :func:`queries.paths.dependency_paths`, or None without that module."""
    try:
        from queries.paths import dependency_paths
    except ModuleNotFoundError as exc:
        if exc.name not in ("queries.paths", "queries"):
            raise
        return None
    if country is None:
        return None
    table = dependency_paths(G, m, on=country, as_of=as_of)
    by_name: dict[str, set[str]] = {}
    for n, nm in G.nodes(data="name"):
        by_name.setdefault(str(nm), set()).add(n)
    edges = {e for text in table["path"] for e in _path_edges(G, by_name, str(text))}
    H = G.edge_subgraph(sorted(edges)).copy()
    H.add_nodes_from((n, G.nodes[n]) for n in (m, country))
    return H


def paths_view(G: nx.MultiDiGraph, materials: Sequence[str], country: str | None = None,
               as_of=None) -> View:
    """The dependency paths of ``materials`` on ``country`` (default: each one's top supplier).

    ``as_of`` dates the status of export controls (default today, as in ``queries``).
    """
    if not materials:
        raise SupplyGraphError("the paths view needs at least one material (--material)")
    mats = [resolve(G, "Material", t) for t in materials]
    given = resolve(G, "Country", country) if country else None
    parts, countries, missing, how = [], [], [], "supply, restriction and use neighbourhood"
    for m in mats:
        c = given or top_supplier(G, m)
        countries.append(c)
        H = _query_paths(G, m, c, as_of)
        if H is None:
            H = G.subgraph(sorted(supply_neighbourhood(G, m, c))).copy()
        else:
            how = "dependency paths (queries.paths)"
        if H.number_of_edges() == 0:
            missing.append(_name(G, m))
        parts.append(H)
    on = sorted({_name(G, c) for c in countries if c})
    labels = [_name(G, m) for m in mats]
    names = ", ".join(labels[:-1]) + " and " + labels[-1] if len(labels) > 1 else labels[0]
    title = f"{names}: dependency on {' and '.join(on)}" if on else f"{names}: supply neighbourhood"
    verb = "depend" if len(labels) > 1 else "depends"
    caption = (f"How {names} {verb} on {' and '.join(on) or 'its suppliers'}: {how} - "
               "supply shares (SUPPLIES), producing firms located there (LOCATED_IN, PRODUCES), "
               "export controls on it or its groups (IMPOSES, RESTRICTS, PART_OF) and its "
               "downstream uses (USED_IN).")
    if missing:
        caption += f" No dependency path found for {', '.join(missing)}."
    focus = tuple(dict.fromkeys(mats + [c for c in countries if c]))
    return View(_union(G, parts), title, caption, focus)


def _union(G: nx.MultiDiGraph, parts: list[nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """The subgraph of ``G`` holding every node and edge of ``parts``, in sorted order."""
    nodes = sorted({n for H in parts for n in H})
    edges = sorted({e for H in parts for e in H.edges(keys=True)})
    out = G.__class__(**G.graph)
    out.add_nodes_from((n, G.nodes[n]) for n in nodes)
    out.add_edges_from((u, v, k, G.edges[u, v, k]) for u, v, k in edges)
    return out


def neighbourhood_view(G: nx.MultiDiGraph, materials: Sequence[str], hops: int = 1) -> View:
    """Every node within ``hops`` steps (either direction) of ``materials``."""
    if not materials:
        raise SupplyGraphError("the neighbourhood view needs at least one material (--material)")
    mats = [resolve(G, "Material", t) for t in materials]
    U = G.to_undirected(as_view=True)
    keep: set[str] = set()
    for m in mats:
        keep |= set(nx.single_source_shortest_path_length(U, m, cutoff=hops))
    names = ", ".join(_name(G, m) for m in mats)
    return View(G.subgraph(sorted(keep)).copy(), f"{names}: neighbourhood ({hops} step{'s' * (hops != 1)})",
                f"Every node within {hops} step{'s' * (hops != 1)} of {names}, edges in either direction.",
                tuple(mats))


def all_view(G: nx.MultiDiGraph) -> View:
    """The whole graph."""
    return View(G, "supplygraph: the whole graph",
                "Every country, material, firm, agency and export control in the graph.")


def select_view(G: nx.MultiDiGraph, focus: str | None = None, materials: Iterable[str] = (),
                country: str | None = None, hops: int = 1, as_of=None) -> View:
    """The view ``focus`` (default: ``paths`` with materials, ``all`` without)."""
    materials = list(materials)
    focus = focus or ("paths" if materials else "all")
    if focus == "paths":
        return paths_view(G, materials, country, as_of)
    if focus == "neighbourhood":
        return neighbourhood_view(G, materials, hops)
    if focus == "all":
        return all_view(G)
    raise SupplyGraphError(f"unknown focus {focus!r} (known: {', '.join(FOCUSES)})")


def chokepoint_sizes(G: nx.MultiDiGraph, materials: Sequence[str] = (), country: str | None = None,
                     as_of=None) -> dict[str, float]:
    """Node sizes from the chokepoint report on ``country`` (default China).

    A material weighs its highest stage score, the country the sum of its
    materials' scores; every other node weighs nothing (drawn smallest).

    >>> from queries.toy import toy_graph
    >>> sizes = chokepoint_sizes(toy_graph(), ["synthetic diamond"], as_of="2026-01-01")
    >>> sorted(sizes) == ["country:china", "material:synthetic-diamond"] and sizes["country:china"] > 0
    True
    """
    from graph import node_id
    from queries import chokepoint_report

    c = resolve(G, "Country", country or "China")
    df = chokepoint_report(G, list(materials) or None, dependent_on=G.nodes[c]["name"], as_of=as_of)
    sizes: dict[str, float] = {}
    for material, score in zip(df["material"], df["score"]):
        m = node_id("Material", material)
        sizes[m] = max(sizes.get(m, 0.0), float(score))
    if sizes:
        sizes[c] = sum(sizes.values())
    return sizes
