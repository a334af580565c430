"""The graph container: a networkx MultiDiGraph that records merge into.

Nodes are keyed by their deterministic id and carry ``type``, ``name``,
``aliases``, ``sources`` and their properties; parallel edges are keyed by
:attr:`graph.records.Edge.key`. Merging never loses a source: the same fact
from two places is one edge with two sources, and where sources disagree the
edge keeps every claim and lists the property under ``disputed``.

>>> G = new_graph()
>>> china, ree = Node("Country", "China"), Node("Material", "rare earths")
>>> add_records(G, [china, ree])
>>> usgs = Source.from_table("production.csv", 2, "https://example.org/usgs")
>>> iea = Source.from_document("iea.txt", "China mines 62% of rare earths.", 0, 31)
>>> add_edge(G, Edge("SUPPLIES", china.id, ree.id, {"stage": "mine", "share": 0.692}, (usgs,)))
'SUPPLIES|mine'
>>> add_edge(G, Edge("SUPPLIES", china.id, ree.id, {"stage": "mine", "share": 0.62}, (iea,)))
'SUPPLIES|mine'
>>> e = G.edges[china.id, ree.id, "SUPPLIES|mine"]
>>> e["share"], e["disputed"], len(e["sources"])
(0.692, ['share'], 2)
>>> counts(G)
{'nodes': {'Country': 1, 'Material': 1}, 'edges': {'SUPPLIES': 1}}
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

import networkx as nx

from .errors import SchemaError
from .records import Edge, Node, Source
from .schema import Schema, load_schema

__all__ = ["new_graph", "add_node", "add_edge", "add_records", "counts", "nodes_of_type",
           "edges_of_type", "Node", "Edge", "Source"]

# Attributes the model manages itself; everything else on a node or edge is a property.
RESERVED = frozenset({"type", "name", "aliases", "sources", "disputed"})


def new_graph() -> nx.MultiDiGraph:
    """An empty supplygraph graph."""
    return nx.MultiDiGraph(name="supplygraph")


def _rank(source: dict) -> tuple:
    # Which claim wins a property: tables before documents, then the most
    # recent year or date, then the claim's own content, and only then its
    # location. Independent of the order of files and rows, so the same facts
    # give the same graph however they are arranged.
    claim = source.get("claim", {})
    when = str(claim.get("date") or claim.get("year") or claim.get("effective") or "")
    recency = tuple(-ord(c) for c in when.ljust(10, "0")) if when else (1,)
    kind = 0 if source.get("kind") == "table" else 1
    content = repr(sorted((k, repr(v)) for k, v in claim.items()))
    return (kind, when == "", recency, content, Source.from_dict(source).location)


def _merge_sources(existing: list[dict], new: Iterable[tuple[Source, dict]]) -> list[dict]:
    """Existing and new sources, one per location, sorted by location."""
    by_location = {Source.from_dict(s).location: s for s in existing}
    for src, claim in new:
        if not src.claim and claim:
            src = src.with_claim(claim)
        d = src.to_dict()
        loc = src.location
        if loc not in by_location or repr(sorted(d.items())) < repr(sorted(by_location[loc].items())):
            by_location[loc] = d
    return [by_location[loc] for loc in sorted(by_location)]


def _resolve(attrs: dict, sources: list[dict], fallback: dict, every_source: frozenset = frozenset()) -> None:
    """Set the top-level properties from the ranked claims (and ``disputed``).

    A property in ``every_source`` (a marker such as ``found_by: learned``) is kept
    only when every source claims it: one source without it speaks against it.
    """
    for key in [k for k in attrs if k not in RESERVED]:
        del attrs[key]
    values: dict[str, list] = {}
    for src in sorted(sources, key=_rank):
        for k, v in src.get("claim", {}).items():
            values.setdefault(k, [])
            if v not in values[k]:
                values[k].append(v)
    for k in every_source & values.keys():
        if not all(k in src.get("claim", {}) for src in sources):
            del values[k]
    for k, v in fallback.items():
        values.setdefault(k, [v])
    disputed = sorted(k for k, vs in values.items() if len(vs) > 1)
    attrs.update({k: vs[0] for k, vs in sorted(values.items())})
    attrs.pop("disputed", None)
    if disputed:
        attrs["disputed"] = disputed


def add_node(G: nx.MultiDiGraph, node: Node, schema: Schema | None = None) -> str:
    """Merge ``node`` into ``G`` and return its id; raise SchemaError if it does not fit."""
    schema = schema or load_schema()
    return _merge_nodes(G, [(node, schema.check_node(node.type, node.props))])


def _merge_nodes(G: nx.MultiDiGraph, group: list[tuple[Node, dict]]) -> str:
    """Merge records of one node (same id), each with its schema-checked properties, in one pass."""
    first = group[0][0]
    nid = first.id
    if nid not in G:
        G.add_node(nid, type=first.type, name=first.name, aliases=[], sources=[])
    attrs = G.nodes[nid]
    aliases = set(attrs["aliases"])
    sourced: list[tuple[Source, dict]] = []
    fallback: dict = {}
    for node, props in group:
        aliases |= {a for a in node.aliases if a and a != node.name}
        if node.sources:
            sourced += [(src, props) for src in node.sources]
        else:
            # Properties given without a source still count, below every sourced claim;
            # the smallest value wins so that record order never matters.
            for k, v in props.items():
                if k not in fallback or repr(v) < repr(fallback[k]):
                    fallback[k] = v
    # Spellings with the same id ("Gécamines", "Gecamines"): keep the accented
    # one, else the first in sort order, so record order never decides.
    spellings = {attrs["name"]} | {node.name for node, _ in group}
    attrs["name"] = min(spellings, key=lambda n: (n.isascii(), n))
    attrs["aliases"] = sorted((aliases | spellings) - {attrs["name"]})
    attrs["sources"] = _merge_sources(attrs["sources"], sourced)
    if not attrs["sources"]:
        fallback.update({k: attrs[k] for k in attrs if k not in RESERVED and k not in fallback})
    _resolve(attrs, attrs["sources"], fallback)
    return nid


def _checked_edge(G: nx.MultiDiGraph, edge: Edge, schema: Schema) -> tuple[str, str, str, dict]:
    """(u, v, key, coerced props) of a valid edge; raise SchemaError naming type and endpoints."""
    for end in (edge.source, edge.target):
        if end not in G:
            raise SchemaError(f"{edge.type} {edge.source} -> {edge.target}: unknown node {end!r}")
    st, tt = G.nodes[edge.source]["type"], G.nodes[edge.target]["type"]
    try:
        props = schema.check_edge(edge.type, st, tt, edge.props)
    except SchemaError as exc:
        raise SchemaError(f"{edge.type} {edge.source} -> {edge.target}: {exc}") from None
    if not edge.sources:
        raise SchemaError(f"{edge.type} {edge.source} -> {edge.target}: an edge needs at least one source")
    u, v = edge.source, edge.target
    if schema.edge_types[edge.type].symmetric and v < u:
        u, v = v, u
    return u, v, Edge(edge.type, u, v, props).key, props


def _merge_edges(G: nx.MultiDiGraph, u: str, v: str, key: str, edge_type: str,
                 claims: list[tuple[Source, dict]], schema: Schema) -> None:
    if not G.has_edge(u, v, key):
        G.add_edge(u, v, key=key, type=edge_type, sources=[])
    attrs = G.edges[u, v, key]
    attrs["sources"] = _merge_sources(attrs["sources"], claims)
    _resolve(attrs, attrs["sources"], {}, schema.edge_types[edge_type].every_source_properties)


def add_edge(G: nx.MultiDiGraph, edge: Edge, schema: Schema | None = None) -> str:
    """Merge ``edge`` into ``G`` (endpoints must exist) and return its key.

    Raises SchemaError naming the type and endpoints when the edge breaks the
    schema, and when it has no source: no fact without provenance.
    """
    schema = schema or load_schema()
    u, v, key, props = _checked_edge(G, edge, schema)
    _merge_edges(G, u, v, key, edge.type, [(src, props) for src in edge.sources], schema)
    return key


def add_records(G: nx.MultiDiGraph, records: Iterable[Node | Edge], schema: Schema | None = None) -> None:
    """Merge a stream of Node and Edge records into ``G``.

    Records are grouped first and each node and edge is merged once, so a
    fact repeated in thousands of sources costs no more than reading them. If
    any record breaks the schema, SchemaError is raised and ``G`` is left as it
    was: a batch goes in whole or not at all.
    """
    schema = schema or load_schema()
    nodes: dict[str, list[tuple[Node, dict]]] = {}
    edges: list[Edge] = []
    # Check everything (node properties here, edges below) before touching G.
    for rec in records:
        if isinstance(rec, Node):
            nodes.setdefault(rec.id, []).append((rec, schema.check_node(rec.type, rec.props)))
        else:
            edges.append(rec)
    types = _TypeView(dict(G.nodes(data="type")))
    for nid, group in nodes.items():
        types.nodes.setdefault(nid, {"type": group[0][0].type})
    grouped: dict[tuple[str, str, str], tuple[str, list]] = {}
    for edge in edges:
        u, v, key, props = _checked_edge(types, edge, schema)
        grouped.setdefault((u, v, key), (edge.type, []))[1].extend((src, props) for src in edge.sources)
    for group in nodes.values():
        _merge_nodes(G, group)
    for (u, v, key), (edge_type, claims) in grouped.items():
        _merge_edges(G, u, v, key, edge_type, claims, schema)


class _TypeView:
    """Just enough of a graph for :func:`_checked_edge`: membership and node types."""

    def __init__(self, types: dict[str, str]):
        self.nodes = {n: {"type": t} for n, t in types.items()}

    def __contains__(self, n) -> bool:
        return n in self.nodes


def nodes_of_type(G: nx.MultiDiGraph, node_type: str) -> list[str]:
    """Ids of the nodes of one type, sorted."""
    return sorted(n for n, t in G.nodes(data="type") if t == node_type)


def edges_of_type(G: nx.MultiDiGraph, edge_type: str) -> list[tuple[str, str, str, dict]]:
    """(source, target, key, attributes) of the edges of one type, sorted."""
    return sorted(((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if d["type"] == edge_type),
                  key=lambda e: e[:3])


def counts(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Numbers of nodes and edges by type, in sorted order."""
    nodes = Counter(t for _, t in G.nodes(data="type"))
    edges = Counter(t for _, _, t in G.edges(data="type"))
    return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}
