"""The graph's file form: node-link JSON in a deterministic order, written atomically.

>>> import tempfile, pathlib
>>> from graph import new_graph, add_node, Node
>>> G = new_graph(); _ = add_node(G, Node("Country", "Japan"))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.json"
>>> write_graph(G, path)
>>> sorted(read_graph(path).nodes)
['country:japan']
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from .errors import DataError

__all__ = ["graph_to_dict", "graph_from_dict", "write_graph", "read_graph", "dumps", "atomic_write_text"]

FORMAT = "supplygraph/1"


def graph_to_dict(G: nx.MultiDiGraph) -> dict:
    """Node-link data (networkx's ``edges="edges"`` layout) in sorted order."""
    nodes = [{"id": n, **G.nodes[n]} for n in sorted(G.nodes)]
    edges = [{"source": u, "target": v, "key": k, **d}
             for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3])]
    return {"format": FORMAT, "directed": True, "multigraph": True,
            "graph": {k: v for k, v in sorted(G.graph.items())}, "nodes": nodes, "edges": edges}


def graph_from_dict(data: dict) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(**data.get("graph", {}))
    for n in data["nodes"]:
        attrs = dict(n)
        G.add_node(attrs.pop("id"), **attrs)
    for e in data["edges"]:
        attrs = dict(e)
        G.add_edge(attrs.pop("source"), attrs.pop("target"), key=attrs.pop("key"), **attrs)
    return G


def dumps(data) -> str:
    """The one JSON spelling used for every file we write: same data, same bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write through a temporary file and rename, so a crash leaves the old file intact."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a graph file is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_graph(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write ``G`` to ``path`` as deterministic node-link JSON, atomically."""
    atomic_write_text(path, dumps(graph_to_dict(G)))


def read_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph file written by :func:`write_graph`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read graph file: {exc}", str(path)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataError(f"not a supplygraph graph file (expected format {FORMAT!r})", str(path))
    return graph_from_dict(data)
