"""Build the graph from the reference tables (and, optionally, documents) and keep its file fresh."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import networkx as nx

from graph import DataError, add_records, new_graph
from graph.io import read_graph, write_graph
from loaders.tables import TABLE_FILES, load_tables

__all__ = ["build_graph", "ensure_graph", "DEFAULT_DATA", "DEFAULT_GRAPH", "is_stale"]

DEFAULT_DATA = Path("data")
DEFAULT_GRAPH = Path("build/graph.json")


def build_graph(data_dir: str | os.PathLike = DEFAULT_DATA, docs: Iterable[str | os.PathLike] = (),
                progress: bool = False, skipped: list | None = None, jobs: int = 1,
                learned: bool = True) -> nx.MultiDiGraph:
    """The graph of the reference tables in ``data_dir`` merged with facts from ``docs``.

    ``docs`` are files or folders of articles; a bad document is skipped with a
    warning and, when ``skipped`` is a list, recorded there. ``jobs`` worker
    processes extract the articles (0: one per core); the graph is the same
    for any number. The articles' edges include the learned pair model's
    (marked ``found_by: learned``; see :mod:`loaders.documents.pairs`) unless
    ``learned`` is False.
    """
    data_dir = Path(data_dir)
    if not any((data_dir / f).exists() for f in TABLE_FILES):
        raise DataError(f"no reference tables found (expected some of {', '.join(TABLE_FILES)})", str(data_dir))
    G = new_graph()
    docs = [str(d) for d in docs]
    # the articles the graph was built from, so that a rebuild of a stale file reads them again
    G.graph["inputs"] = {"docs": sorted(docs)}
    if not learned and docs:
        G.graph["inputs"]["rules_only"] = True
    add_records(G, load_tables(data_dir))
    _refuse_part_of_cycles(G)
    if docs:
        from loaders.documents import load_documents

        add_records(G, load_documents(docs, progress=progress, skipped=skipped, jobs=jobs, learned=learned))
        _drop_document_part_of_cycles(G)
    return G


def _drop_document_part_of_cycles(G: nx.MultiDiGraph) -> None:
    """Articles may contradict each other on ownership; a cycle they create is dropped with a warning.

    The tables were checked before any article was read, so every cycle left
    here runs through at least one edge that only articles state.
    """
    import warnings

    from graph.checks import part_of_cycles

    for cycle in part_of_cycles(G):
        names = set(cycle["nodes"])
        doomed = [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True)
                  if d["type"] == "PART_OF" and G.nodes[u]["name"] in names and G.nodes[v]["name"] in names
                  and all(s["kind"] == "document" for s in d["sources"])]
        where = ", ".join(f"{s['document']}:{s['start']}" for s in cycle["sources"] if s["kind"] == "document")
        warnings.warn(f"PART_OF cycle between {' and '.join(cycle['nodes'])} dropped (stated at {where})",
                      stacklevel=2)
        G.remove_edges_from(doomed)


def _refuse_part_of_cycles(G: nx.MultiDiGraph) -> None:
    from graph.checks import part_of_cycles

    cycles = part_of_cycles(G)
    if cycles:
        c = cycles[0]
        where = ", ".join(f"{s.get('table') or s.get('document')}:{s.get('row') or s.get('start')}"
                          for s in c["sources"])
        raise DataError(f"PART_OF cycle between {' and '.join(c['nodes'])} (stated at {where})")


def _newest_input(data_dir: Path, docs: Iterable[str] = ()) -> float:
    from loaders.documents.reading import iter_document_paths

    files = list(data_dir.glob("*.csv")) + [p for p in iter_document_paths(docs) if p.exists()]
    return max((p.stat().st_mtime for p in files), default=0.0)


def is_stale(graph_path: str | os.PathLike = DEFAULT_GRAPH, data_dir: str | os.PathLike = DEFAULT_DATA,
             docs: Iterable[str] = ()) -> bool:
    """True when the graph file is missing or older than any table in ``data_dir`` or article in ``docs``."""
    graph_path = Path(graph_path)
    return not graph_path.exists() or graph_path.stat().st_mtime < _newest_input(Path(data_dir), docs)


def ensure_graph(graph_path: str | os.PathLike = DEFAULT_GRAPH,
                 data_dir: str | os.PathLike = DEFAULT_DATA) -> nx.MultiDiGraph:
    """Read the graph file, building it first when missing or older than its inputs.

    A graph built with articles (``build --docs``) is rebuilt with the same
    articles (and ``--rules-only`` if it was built so); those no longer on disk
    are named in a warning.
    """
    graph_path = Path(graph_path)
    G, unreadable = None, None
    if graph_path.exists():
        try:
            G = read_graph(graph_path)  # read once: it gives the recorded articles and, when fresh, the graph
        except DataError as exc:
            unreadable = exc
    inputs = G.graph.get("inputs", {}) if G is not None else {}
    docs = list(inputs.get("docs", []))
    if not is_stale(graph_path, data_dir, docs):
        if unreadable is not None:
            raise unreadable
        return G
    present = [d for d in docs if Path(d).exists()]
    if len(present) < len(docs):
        import warnings

        missing = ", ".join(d for d in docs if d not in present)
        warnings.warn(f"rebuilding {graph_path} without articles no longer found: {missing}", stacklevel=2)
    G = build_graph(data_dir, present, learned=not inputs.get("rules_only"))
    write_graph(G, graph_path)
    return G
