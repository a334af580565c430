"""The graph as one self-contained interactive HTML page (vis-network, via pyvis).

The page needs no network at all: vis-network's JavaScript is inlined from
the copy that ships inside the pyvis package (its licence header kept), and
the page's own script and style come from ``graph/spec/html_page.*``. A
Content-Security-Policy allows only those inline scripts (by hash) and no
remote resource. Node and edge data travel as one JSON block that no markup
can break out of; the page script shows every text from the data through DOM
text nodes, never as HTML, so a firm called ``<img src=x onerror=alert(1)>``
is shown as exactly that.

This is the only module that imports pyvis. The node and edge lists are
built here directly: pyvis's ``add_edge`` scans every node per edge, far too
slow for large graphs.

>>> from graph import new_graph, add_records, Node, Edge, Source
>>> G = new_graph()
>>> china, dia = Node("Country", "China"), Node("Material", "synthetic diamond")
>>> src = Source.from_document("notes.txt", "China makes <b>most</b> grit.", 0, 29)
>>> add_records(G, [china, dia, Edge("SUPPLIES", china.id, dia.id, {"stage": "synthetic", "share": 0.9}, (src,))])
>>> page = render_html(G, title="Diamond & China")
>>> page.startswith("<!DOCTYPE html>"), "Diamond &amp; China" in page, "<b>most" in page
(True, True, False)
>>> 'src="http' in page or 'href="http' in page or "@import" in page
False
>>> render_html(G, title="Diamond & China") == page
True
>>> payload = graph_payload(G)
>>> [(n["id"], n["size"]) for n in payload["nodes"]]
[('country:china', 36.0), ('material:synthetic-diamond', 36.0)]
>>> payload["edges"][0]["width"], payload["edges"][0]["props"]
(9.15, {'share': 0.9, 'stage': 'synthetic'})
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import networkx as nx
import pyvis
import yaml

from .errors import SchemaError
from .schema import load_schema

__all__ = ["render_html", "write_html", "show_html", "HtmlView", "graph_payload", "load_style",
           "vis_network_js"]

# Attributes shown apart from the properties (or not at all) in the details panel.
_NOT_PROPS = frozenset({"type", "name", "aliases", "sources", "disputed"})


@lru_cache(maxsize=1)
def load_style() -> dict:
    """The drawing style from ``spec/html_style.yaml``, with node colours from the schema."""
    style = yaml.safe_load(_spec_text("html_style.yaml"))
    schema = load_schema()
    shapes = style["nodes"]["shapes"]
    unknown = set(shapes) - set(schema.node_types)
    if unknown:
        raise SchemaError(f"html_style.yaml: unknown node type(s) {sorted(unknown)}")
    unknown = set(style["edges"]["types"]) - set(schema.edge_types)
    if unknown:
        raise SchemaError(f"html_style.yaml: unknown edge type(s) {sorted(unknown)}")
    style["node_types"] = {
        name: {"colour": spec.colour, "shape": shapes.get(name, style["nodes"]["default_shape"])}
        for name, spec in schema.node_types.items()}
    style["edge_types"] = {name: style["edges"]["types"].get(name, style["edges"]["default"])
                           for name in schema.edge_types}
    return style


def _spec_text(name: str) -> str:
    return resources.files("graph.spec").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vis_network_js() -> tuple[str, str]:
    """(version, source) of the vis-network build bundled with pyvis, licence header included."""
    lib = Path(pyvis.__file__).parent / "lib"
    versions = sorted((p for p in lib.glob("vis-*") if (p / "vis-network.min.js").exists()),
                      key=lambda p: tuple(int(x) for x in p.name[4:].split(".")))
    if not versions:  # pragma: no cover - a broken pyvis install
        raise SchemaError(f"no vis-network build found under {lib}")
    js = (versions[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    # Inlined into a <script> element, the code must not be able to end it early.
    if "</script" in js.lower() or "<!--" in js:  # pragma: no cover - checked per pyvis release
        raise SchemaError(f"{versions[-1]}: vis-network.min.js cannot be inlined safely")
    return versions[-1].name[4:], js


def _share_width(share: float, style: dict) -> float:
    lo, hi = style["edges"]["share_width_min"], style["edges"]["share_width_max"]
    return round(lo + max(0.0, min(1.0, share)) * (hi - lo), 2)


def _clean(value):
    """A JSON-safe copy of a property value (sets and tuples become sorted lists)."""
    if isinstance(value, (list, tuple, set)):
        items = [_clean(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set) else items
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in sorted(value.items())}
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _sources(sources: Iterable[dict]) -> list[dict]:
    keep = ("kind", "document", "sentence", "start", "end", "table", "row", "source_url", "claim")
    return [{k: _clean(s[k]) for k in keep if s.get(k) not in (None, "", {})} for s in sources or ()]


def _select_nodes(G: nx.MultiDiGraph, scores: Mapping[str, float], focus: set[str],
                  max_nodes: int) -> list[str]:
    """The nodes to draw: focus nodes first, then by score, then by id."""
    order = sorted(G.nodes, key=lambda n: (n not in focus, -scores.get(n, 0.0), n))
    return sorted(order[:max_nodes])


def graph_payload(G: nx.MultiDiGraph, scores: Mapping[str, float] | None = None,
                  focus: Iterable[str] = (), max_nodes: int | None = None) -> dict:
    """The JSON data the page draws: nodes, edges, what was left out, the style.

    Parameters
    ----------
    G : the graph (or a subgraph of it) to draw.
    scores : node id -> score for node size and for which nodes survive the cap;
        the degree in ``G`` when omitted.
    focus : node ids drawn with a thick outline and never left out.
    max_nodes : draw at most this many nodes (default from the style file).

    >>> from graph import new_graph, add_records, Node, Edge, Source
    >>> G = new_graph()
    >>> add_records(G, [Node("Country", c) for c in ("China", "Japan", "Chile")])
    >>> p = graph_payload(G, scores={"country:japan": 2.0}, max_nodes=2)
    >>> [n["id"] for n in p["nodes"]], p["omitted"]
    (['country:chile', 'country:japan'], {'nodes': 1, 'edges': 0, 'node_types': {'Country': 1}, 'edge_types': {}})
    """
    style = load_style()
    focus = {n for n in focus if n in G}
    max_nodes = style["page"]["max_nodes"] if max_nodes is None else max_nodes
    if scores is None:
        scores = {n: float(d) for n, d in G.degree()}
    drawn = _select_nodes(G, scores, focus, max(max_nodes, len(focus)))
    keep = set(drawn)
    top = max((scores.get(n, 0.0) for n in drawn), default=0.0) or 1.0
    lo, hi = style["nodes"]["size_min"], style["nodes"]["size_max"]
    nodes = []
    for n in drawn:
        d = G.nodes[n]
        s = max(0.0, scores.get(n, 0.0))
        node = {"id": n, "label": str(d.get("name", n)), "type": str(d.get("type", "")),
                "size": round(lo + (hi - lo) * math.sqrt(s / top), 2), "score": _clean(scores.get(n, 0.0)),
                "props": {k: _clean(v) for k, v in sorted(d.items()) if k not in _NOT_PROPS}}
        if d.get("aliases"):
            node["aliases"] = _clean(list(d["aliases"]))
        if d.get("sources"):
            node["sources"] = _sources(d["sources"])
        if n in focus:
            node["focus"] = True
        nodes.append(node)
    edges, omitted_edges, pair_count = [], Counter(), Counter()
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        etype = str(d.get("type", k))
        if u not in keep or v not in keep:
            omitted_edges[etype] += 1
            continue
        props = {p: _clean(val) for p, val in sorted(d.items()) if p not in _NOT_PROPS}
        share = props.get("share")
        width = (_share_width(share, style) if isinstance(share, (int, float)) and not isinstance(share, bool)
                 else style["edge_types"].get(etype, style["edges"]["default"])["width"])
        pair = (min(u, v), max(u, v))
        edge = {"id": f"{u}|{v}|{k}", "from": u, "to": v, "type": etype, "width": width, "props": props,
                "sources": _sources(d.get("sources"))}
        if pair_count[pair]:
            edge["curve"] = pair_count[pair]
        pair_count[pair] += 1
        if d.get("disputed"):
            edge["disputed"] = _clean(list(d["disputed"]))
        edges.append(edge)
    omitted_nodes = Counter(str(G.nodes[n].get("type", "")) for n in G.nodes if n not in keep)
    return {
        "nodes": nodes, "edges": edges,
        "omitted": {"nodes": sum(omitted_nodes.values()), "edges": sum(omitted_edges.values()),
                    "node_types": dict(sorted(omitted_nodes.items())),
                    "edge_types": dict(sorted(omitted_edges.items()))},
        "total": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
    }


def _json_for_script(data) -> str:
    # Inside <script type="application/json"> only "</script" could end the
    # block; escaping every <, > and & makes that impossible whatever the data.
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _source_summary(payload: dict) -> str:
    tables: Counter = Counter()
    docs: set = set()
    sentences = 0
    for item in payload["edges"]:
        for s in item["sources"]:
            if s.get("kind") == "table":
                tables[str(s.get("table", "?"))] += 1
            else:
                docs.add(str(s.get("document", "?")))
                sentences += 1
    parts = [f"{n:,} row{'s' * (n != 1)} of {Path(t).name}" for t, n in sorted(tables.items())]
    if sentences:
        parts.append(f"{sentences:,} sentence{'s' * (sentences != 1)} from {len(docs):,} "
                     f"document{'s' * (len(docs) != 1)}")
    return "; ".join(parts) if parts else "no edge sources"


def render_html(G: nx.MultiDiGraph, title: str | None = None, caption: str | None = None, *,
                scores: Mapping[str, float] | None = None, score_label: str | None = None,
                focus: Iterable[str] = (), max_nodes: int | None = None,
                data_label: str | None = None) -> str:
    """One self-contained HTML page drawing ``G``; same graph and arguments, same bytes.

    Parameters
    ----------
    G : the graph or subgraph to draw.
    title : the page heading (default: "supplygraph").
    caption : what is shown; the page adds what is drawn, what was left out,
        which data it comes from and how sizes and widths are meant.
    scores, score_label : node sizes (and the order in which nodes survive the
        cap) and what they measure; the degree when omitted.
    focus : node ids to outline (e.g. the material and the country of a view).
    max_nodes : cap on drawn nodes (default from ``html_style.yaml``).
    data_label : where the graph came from, e.g. ``build/graph.json``.
    """
    style = load_style()
    payload = graph_payload(G, scores, focus, max_nodes)
    page = style["page"]
    payload["style"] = {
        "node_types": style["node_types"], "edge_types": style["edge_types"],
        "focus_border": style["nodes"]["focus_border"], "font_size": style["nodes"]["font_size"],
        "large_graph_nodes": page["large_graph_nodes"],
        "stabilization_iterations": page["stabilization_iterations"],
        "stabilization_iterations_large": page["stabilization_iterations_large"],
        "parallel_roundness": page["parallel_roundness"], "physics": page["physics"],
        "label_width": style["nodes"]["label_width"], "learned_edge": style["edges"]["learned"],
    }
    title = title or "supplygraph"
    drawn = f"{len(payload['nodes']):,} nodes and {len(payload['edges']):,} edges drawn"
    om = payload["omitted"]
    if om["nodes"] or om["edges"]:
        kinds = ", ".join(f"{t} {n:,}" for t, n in om["node_types"].items())
        drawn += (f" of {payload['total']['nodes']:,} and {payload['total']['edges']:,}. Left out to keep "
                  f"the page responsive: {om['nodes']:,} nodes ({kinds or 'none'}) with the lowest "
                  f"{score_label or 'degree'} and {om['edges']:,} edges touching them")
    sized = (f"Node size: {score_label or 'degree'}. Edge width: share where known. "
             "Hover or click a node or edge for its properties and sources.")
    data = f"Data: {data_label + ', ' if data_label else ''}{_source_summary(payload)}."
    version, vis_js = vis_network_js()
    page_js = _spec_text("html_page.js")
    data_json = _json_for_script(payload)
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(page_js) +
           "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    esc = html.escape
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="supplygraph, vis-network {esc(version)} from pyvis {esc(pyvis.__version__)}">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{_spec_text('html_page.css').replace('__HEIGHT__', str(page['height']))}</style>",
        "</head>",
        "<body>",
        '<header id="sg-header">',
        f'<h1 id="sg-title">{esc(title)}</h1>',
        f'<p id="sg-caption">{esc(caption) + " " if caption else ""}{esc(drawn)}. {esc(sized)}</p>',
        f'<p id="sg-data-note">{esc(data)}</p>',
        "</header>",
        '<main id="sg-main">',
        '<div id="sg-graph-wrap"><div id="sg-graph" aria-label="graph"></div>'
        '<div id="sg-status" role="status">Laying out the graph...</div></div>',
        '<aside id="sg-side">',
        '<section><h2>Search</h2><input id="sg-search" type="search" placeholder="name or alias" '
        'autocomplete="off" aria-label="search nodes by name"><div id="sg-search-results"></div></section>',
        '<section><h2>Node types</h2><div id="sg-legend-nodes"></div></section>',
        '<section><h2>Edge types</h2><div id="sg-legend-edges"></div></section>',
        '<section><h2>Details</h2><div id="sg-details"><p class="sg-hint">Hover or click a node or edge.</p></div></section>',
        "</aside>",
        "</main>",
        f'<script type="application/json" id="sg-data">{data_json}</script>',
        f"<script>{vis_js}</script>",
        f"<script>{page_js}</script>",
        "</body>",
        "</html>",
        "",
    ])


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike, title: str | None = None,
               caption: str | None = None, **options) -> Path:
    """Write :func:`render_html` of ``G`` to ``path`` (atomically) and return the path."""
    from .io import atomic_write_text

    path = Path(path)
    atomic_write_text(path, render_html(G, title, caption, **options))
    return path


@dataclass(frozen=True)
class HtmlView:
    """A rendered page that shows itself inline in Jupyter (in a sandboxed iframe).

    >>> view = HtmlView("<p>a & b</p>")
    >>> view._repr_html_()[:60]
    '<iframe srcdoc="&lt;p&gt;a &amp; b&lt;/p&gt;" sandbox="allow'
    """

    html: str
    height: int = 900

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
                f'style="width:100%;height:{self.height}px;border:0" title="supplygraph"></iframe>')

    def save(self, path: str | os.PathLike) -> Path:
        from .io import atomic_write_text

        atomic_write_text(path, self.html)
        return Path(path)


def show_html(G: nx.MultiDiGraph, title: str | None = None, caption: str | None = None,
              **options) -> HtmlView:
    """:func:`render_html` wrapped so that a notebook cell displays the page inline."""
    return HtmlView(render_html(G, title, caption, **options))
