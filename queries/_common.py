"""Shared helpers of the query families: names, scopes, shares, sources, dates.

Private to ``queries``: the public functions live in the family modules.

>>> from queries.toy import toy_graph
>>> G = toy_graph()
>>> resolve_material(G, "Rare Earth Elements"), resolve_country(G, "PRC")
('material:rare-earths', 'country:china')
>>> [G.nodes[n]["name"] for n in members(G, "material:rare-earths")]
['dysprosium']
>>> status_as_of({"status": "suspended", "suspended_until": "2026-11-10"}, parse_date("2026-01-01"))
'suspended'
>>> status_as_of({"status": "suspended", "suspended_until": "2026-11-10"}, parse_date("2026-12-01"))
'in_force'
"""

from __future__ import annotations

import datetime as _dt
import math
from functools import lru_cache
from importlib import resources
from typing import Iterable

import networkx as nx
import yaml

from graph import SupplyGraphError
from graph.names import country_name, material_name
from graph.records import node_id

__all__ = ["QueryError", "config", "ins", "outs", "all_edges", "resolve", "resolve_material", "resolve_country", "name",
           "parse_date", "as_of_date", "status_as_of", "is_relief", "source_refs", "alternatives",
           "members", "groups", "downstream", "upstream", "route", "country_supplies",
           "supply_edges", "controls_on", "firm_countries", "located_in", "imposer_share", "fmt_share",
           "round_share", "expand_materials", "control_targets"]


class QueryError(SupplyGraphError):
    """A query names something the graph does not hold (an unknown material or country)."""


@lru_cache(maxsize=1)
def config() -> dict:
    """The thresholds and weights of ``queries/scoring.yaml``."""
    text = resources.files("queries").joinpath("scoring.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# ---------------------------------------------------------------- adjacency
# Raw adjacency dicts: networkx's edge views cost more than the work itself at 1M edges.

def ins(G: nx.MultiDiGraph, v: str):
    """(source, key, attrs) of every edge into ``v``."""
    for u, keyed in G._pred[v].items():
        for k, d in keyed.items():
            yield u, k, d


def outs(G: nx.MultiDiGraph, u: str):
    """(target, key, attrs) of every edge out of ``u``."""
    for v, keyed in G._succ[u].items():
        for k, d in keyed.items():
            yield v, k, d


def all_edges(G: nx.MultiDiGraph):
    """(source, target, key, attrs) of every edge, in adjacency order."""
    for u, nbrs in G._succ.items():
        for v, keyed in nbrs.items():
            for k, d in keyed.items():
                yield u, v, k, d


# ---------------------------------------------------------------- names

def name(G: nx.MultiDiGraph, n: str) -> str:
    """A node's display name (its id when it has none)."""
    return G.nodes[n].get("name", n) if n in G else n


def resolve(G: nx.MultiDiGraph, node_type: str, text: str) -> str:
    """Node id of ``text`` (id, canonical name, alias, any case) as a node of ``node_type``; QueryError when absent.

    >>> from graph import new_graph, add_node, Node
    >>> G = new_graph(); _ = add_node(G, Node("Country", "China", aliases=("PRC",)))
    >>> resolve(G, "Country", "People's Republic of China"), resolve(G, "Country", "prc")
    ('country:china', 'country:china')
    """
    if text in G and G.nodes[text].get("type") == node_type:
        return text
    if node_type == "Material":
        canonical = material_name(text)
    elif node_type == "Country":
        canonical = country_name(text) or text.strip()
    else:
        canonical = text.strip()
    nid = node_id(node_type, canonical)
    if nid in G and G.nodes[nid].get("type") == node_type:
        return nid
    # Industries and technologies share the material vocabulary's spelling rules.
    for other in ("Industry", "Material", "Technology"):
        if node_type == "Material" and other != "Material":
            alt = node_id(other, canonical)
            if alt in G:
                return alt
    # Last, any node of the type whose name or alias matches in any case, as the Cypher queries do.
    folded = text.strip().casefold()
    for n in sorted(G.nodes):
        d = G.nodes[n]
        if d.get("type") == node_type and folded in {str(x).casefold() for x in [d.get("name", "")] + list(d.get("aliases", []))}:
            return n
    raise QueryError(f"no {node_type} named {text!r} in the graph (looked for {nid})")


def resolve_material(G: nx.MultiDiGraph, text: str) -> str:
    """Node id of a material (or industry) given by any known name."""
    return resolve(G, "Material", text)


def resolve_country(G: nx.MultiDiGraph, text: str) -> str:
    """Node id of a country given by name, alias, demonym or code."""
    return resolve(G, "Country", text)


# ---------------------------------------------------------------- dates and status

def parse_date(text, end: bool = False) -> _dt.date | None:
    """A ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` value as a date.

    A partial date is its first day, or its last day with ``end=True``.

    >>> parse_date("2024-09"), parse_date("2026", end=True), parse_date(None)
    (datetime.date(2024, 9, 1), datetime.date(2026, 12, 31), None)
    """
    if text is None or text == "" or (isinstance(text, float) and math.isnan(text)):
        return None
    if isinstance(text, _dt.date):
        return text
    parts = [int(p) for p in str(text).strip()[:10].split("-") if p]
    if not parts:
        return None
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        day = parts[2]
    elif end:
        nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
        day = (nxt - _dt.timedelta(days=1)).day
    else:
        day = 1
    return _dt.date(year, month, day)


def as_of_date(value=None) -> _dt.date:
    """The report date: a date, an ISO string, or None for today."""
    if value is None:
        return _dt.date.today()
    try:
        d = parse_date(value)
    except ValueError:
        d = None
    if d is None:
        raise QueryError(f"not a date (expected YYYY-MM-DD): {value!r}")
    return d


def status_as_of(attrs: dict, as_of: _dt.date) -> str | None:
    """A control's status on ``as_of``; None when it was not yet announced then.

    Rules, in order: not announced by ``as_of`` -> None; ``superseded`` and
    ``ongoing`` stay; ``suspended`` is ``suspended`` while ``suspended_until``
    lies after ``as_of`` (the suspension's start is not recorded, so it counts
    from the measure's effective date) and ``in_force`` once it has lapsed;
    an effective date after ``as_of`` makes it ``announced``; an ``announced``
    measure whose effective date has passed is ``in_force``; no status is
    ``unknown``.

    >>> d = parse_date("2025-06-01")
    >>> status_as_of({"status": "in_force", "announced": "2025-10-09"}, d) is None
    True
    >>> status_as_of({"status": "in_force", "announced": "2025-02-01", "effective": "2025-07-01"}, d)
    'announced'
    >>> status_as_of({"status": "", "announced": "2024-09"}, d)
    'unknown'
    """
    announced = parse_date(attrs.get("announced"))
    effective = parse_date(attrs.get("effective"))
    if announced and announced > as_of:
        return None
    if not announced and effective and effective > as_of and attrs.get("status") != "announced":
        return None
    status = attrs.get("status") or "unknown"
    if status in ("superseded", "ongoing"):
        return status
    if status == "suspended":
        until = parse_date(attrs.get("suspended_until"), end=False)
        if until is not None and until <= as_of:
            return "in_force"
        if effective and effective > as_of:
            return "announced"
        return "suspended"
    if effective and effective > as_of:
        return "announced"
    if status == "announced" and effective and effective <= as_of:
        return "in_force"
    return status


def is_relief(G: nx.MultiDiGraph, control: str) -> bool:
    """True for a measure that lifts other measures: its ``kind`` says so, or, for measures
    read from articles without a kind, its name matches ``relief`` in scoring.yaml."""
    kind = G.nodes[control].get("kind")
    if kind:
        return kind == "relief"
    text = str(G.nodes[control].get("name", "")).casefold()
    return any(p.casefold() in text for p in config()["relief"]["name_patterns"])


def control_targets(G: nx.MultiDiGraph, control: str) -> str:
    """Targeted countries of a control, "; "-joined, or "all"."""
    targets = sorted(name(G, v) for v, _, d in outs(G, control) if d.get("type") == "TARGETS")
    return "; ".join(targets) if targets else "all"


# ---------------------------------------------------------------- sources and shares

def _ref(src: dict, url: bool = True) -> str:
    if src.get("kind") == "table":
        ref = f"{src.get('table')}:{src.get('row')}"
    else:
        sentence = (src.get("sentence") or "").strip()
        ref = f"{src.get('document')}:{src.get('start')}-{src.get('end')} \"{sentence}\""
    link = src.get("source_url") if url else None
    return f"{ref} {link}" if link else ref


def source_refs(sources: Iterable[dict]) -> str:
    """Sources as one "; "-joined string: ``table:row url`` or ``document:start-end "sentence" url``."""
    return "; ".join(_ref(s) for s in sources)


def round_share(x):
    """Shares rounded to 6 places, so that float noise never changes output bytes."""
    return None if x is None else round(float(x), 6)


def fmt_share(x) -> str:
    """A share for path strings: up to 4 significant decimals, '?' when unknown."""
    return "?" if x is None else f"{float(x):.4g}"


def alternatives(attrs: dict, prop: str = "share") -> str:
    """Other values that sources claim for ``prop`` besides the chosen one.

    The chosen value is the edge's top-level property, which the model picks
    by source rank (tables first, then the most recent). Returned as
    "value (table:row)" or "value (document:start-end "sentence")", "; "-joined,
    or "" when every source agrees (the URLs are in the row's ``sources``).
    """
    if prop not in attrs.get("disputed", []):
        return ""
    chosen = attrs.get(prop)
    out = []
    for src in attrs.get("sources", []):
        v = src.get("claim", {}).get(prop)
        if v is not None and v != chosen:
            out.append(f"{v} ({_ref(src, url=False)})")
    return "; ".join(out)


def supply_edges(G: nx.MultiDiGraph, material: str, supplier_types=("Country",)):
    """(supplier, key, attrs) of SUPPLIES edges into ``material``, sorted."""
    nodes = G._node
    out = []
    for u, keyed in G._pred[material].items():
        if nodes[u].get("type") not in supplier_types:  # skip the many firms before their edges
            continue
        out.extend((u, k, d) for k, d in keyed.items() if d.get("type") == "SUPPLIES")
    out.sort(key=lambda e: (e[0], e[1]))
    return out


def country_supplies(G: nx.MultiDiGraph, material: str) -> dict[str, list[tuple[str, float | None, dict]]]:
    """Per stage, [(country, share, edge attrs)] of countries supplying ``material``."""
    by_stage: dict[str, list] = {}
    for u, _k, d in supply_edges(G, material):
        by_stage.setdefault(d.get("stage") or "", []).append((u, d.get("share"), d))
    return by_stage


def imposer_share(G: nx.MultiDiGraph, country: str, nodes: Iterable[str]) -> tuple[float | None, str | None, str | None]:
    """The country's largest known share at the first of ``nodes`` that has one.

    Returns (share, stage, node). ``nodes`` is a route ordered by relevance:
    the restricted material first, then the groups or roots it belongs to.
    """
    for n in nodes:
        best = None
        for u, k, d in supply_edges(G, n):
            if u == country and d.get("share") is not None:
                if best is None or d["share"] > best[0] or (d["share"] == best[0] and d.get("stage", "") < best[1]):
                    best = (d["share"], d.get("stage") or "", n)
        if best:
            return best
    return None, None, None


def located_in(G: nx.MultiDiGraph, country: str) -> set[str]:
    """Firms, facilities and agencies LOCATED_IN ``country``, or without any
    LOCATED_IN edge but naming it as their ``country`` (as :func:`firm_countries`).

    >>> from queries.toy import toy_graph
    >>> sorted(located_in(toy_graph(), "country:china"))
    ['firm:zhongnan-diamond']
    """
    out = {u for u, _k, d in ins(G, country) if d.get("type") == "LOCATED_IN"}
    cname = G.nodes[country].get("name")
    for n, attrs in G._node.items():
        if attrs.get("country") == cname and n not in out and attrs.get("type") in ("Firm", "Facility", "Agency"):
            if not any(d.get("type") == "LOCATED_IN" for _v, _k, d in outs(G, n)):
                out.add(n)
    return out


def firm_countries(G: nx.MultiDiGraph, firm: str) -> list[str]:
    """Countries a firm (or facility) is located in: LOCATED_IN edges, else its ``country`` property."""
    out = sorted(v for v, _, d in outs(G, firm) if d.get("type") == "LOCATED_IN")
    if not out and G.nodes[firm].get("country"):
        cid = node_id("Country", country_name(G.nodes[firm]["country"]) or G.nodes[firm]["country"])
        if cid in G:
            out = [cid]
    return out


# ---------------------------------------------------------------- scopes

def _bfs(G, start: str, step, max_depth: int) -> dict[str, tuple[int, str | None, str]]:
    """Breadth-first search: node -> (depth, parent, relation). Ties go to the smaller parent id."""
    seen = {start: (0, None, "")}
    frontier = [start]
    for depth in range(1, max_depth + 1):
        nxt: dict[str, tuple[str, str]] = {}
        for u in frontier:
            for v, rel in step(u):
                if v not in seen and (v not in nxt or u < nxt[v][0]):
                    nxt[v] = (u, rel)
        for v, (u, rel) in nxt.items():
            seen[v] = (depth, u, rel)
        frontier = sorted(nxt)
        if not frontier:
            break
    return seen


def _is_material(G, n):
    return G.nodes[n].get("type") in ("Material", "Technology")


def members(G: nx.MultiDiGraph, material: str, max_depth: int = 8) -> list[str]:
    """Materials that are part of ``material`` (PART_OF, transitively), sorted."""
    def step(u):
        return [(s, "PART_OF") for s, _, d in ins(G, u) if d.get("type") == "PART_OF" and _is_material(G, s)]
    return sorted(n for n in _bfs(G, material, step, max_depth) if n != material)


def groups(G: nx.MultiDiGraph, material: str, max_depth: int = 8) -> list[str]:
    """Groups ``material`` belongs to (PART_OF, transitively), nearest first then by id."""
    def step(u):
        return [(t, "PART_OF") for t, _, d in outs(G, u) if d.get("type") == "PART_OF" and _is_material(G, t)]
    found = _bfs(G, material, step, max_depth)
    return sorted((n for n in found if n != material), key=lambda n: (found[n][0], n))


def downstream(G: nx.MultiDiGraph, material: str, max_depth: int = 4) -> dict[str, tuple[int, str | None, str]]:
    """Materials and industries that use ``material`` (USED_IN, up to ``max_depth`` hops).

    node -> (hops, parent, "USED_IN"); the material itself has hops 0.
    """
    def step(u):
        return [(v, "USED_IN") for v, _, d in outs(G, u) if d.get("type") == "USED_IN"]
    return _bfs(G, material, step, max_depth)


def upstream(G: nx.MultiDiGraph, material: str, max_depth: int = 4) -> dict[str, tuple[int, str | None, str]]:
    """What ``material`` is made of: members (PART_OF) and inputs (USED_IN), transitively.

    node -> (hops, next node towards ``material``, relation of that edge).
    """
    def step(u):
        out = []
        for s, _, d in ins(G, u):
            t = d.get("type")
            if t in ("PART_OF", "USED_IN") and _is_material(G, s):
                out.append((s, t))
        return out
    return _bfs(G, material, step, max_depth)


def route(tree: dict, node: str) -> list[tuple[str, str]]:
    """[(node, relation to the next node), ...] from ``node`` to the tree's root."""
    out = []
    while node is not None:
        _, parent, rel = tree[node]
        out.append((node, rel))
        node = parent
    return out


def controls_on(G: nx.MultiDiGraph, material: str) -> list[tuple[str, str, str, dict]]:
    """Controls covering ``material``: (control, restricted node, relation, RESTRICTS attrs).

    ``relation`` is ``self`` for a control on the material, ``group`` for one on
    a group the material belongs to (a control on superhard materials covers
    synthetic diamond).
    """
    out = []
    for target, relation in [(material, "self")] + [(g, "group") for g in groups(G, material)]:
        for c, _, d in ins(G, target):
            if d.get("type") == "RESTRICTS":
                out.append((c, target, relation, d))
    out.sort(key=lambda r: (r[0], r[1]))
    return out


def expand_materials(G: nx.MultiDiGraph, materials, with_members: bool = True,
                     with_downstream: bool = True, max_depth: int = 4) -> list[str]:
    """Node ids of the named materials plus their members and downstream materials/industries.

    ``materials=None`` means every Material node.
    """
    if materials is None:
        return sorted(n for n, t in G.nodes(data="type") if t == "Material")
    if isinstance(materials, str):
        materials = [materials]
    out: set[str] = set()
    for m in materials:
        mid = resolve_material(G, m)
        out.add(mid)
        if with_members:
            out.update(members(G, mid))
        if with_downstream:
            out.update(downstream(G, mid, max_depth))
    return sorted(out)

