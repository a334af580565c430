"""supplygraph: a supply-chain dependency knowledge graph with provenance.

One import for notebooks and scripts::

    import supplygraph as sg
    G = sg.build_graph("data")            # reference tables (and docs=[...] for articles)
    sg.write_graph(G, "build/graph.json")
    G = sg.read_graph("build/graph.json")

The analyses live in :mod:`queries` and are re-exported here when present.
"""

from graph import DataError, SchemaError, SupplyGraphError, counts, load_schema
from graph.io import read_graph, write_graph
from supplygraph.build import build_graph, ensure_graph

__all__ = ["build_graph", "ensure_graph", "read_graph", "write_graph", "counts", "load_schema",
           "DataError", "SchemaError", "SupplyGraphError"]
