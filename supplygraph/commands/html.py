"""``supplygraph html``: draw a view of the graph as one self-contained HTML page."""

from __future__ import annotations

import click

from graph.html import write_html
from queries import resolve
from supplygraph.build import DEFAULT_DATA, DEFAULT_GRAPH, ensure_graph
from supplygraph.views import FOCUSES, chokepoint_sizes, select_view

DEFAULT_OUT = "build/supplygraph.html"


@click.command("html")
@click.option("--material", "materials", multiple=True, metavar="NAME",
              help="Material to focus on (repeatable); any known name or alias.")
@click.option("--dependent-on", "country", metavar="COUNTRY",
              help="Country whose grip the paths view shows [default: the material's top supplier].")
@click.option("--focus", type=click.Choice(FOCUSES), default=None,
              help="What to draw [default: paths with --material, else all].")
@click.option("--hops", type=click.IntRange(1, 5), default=1, show_default=True,
              help="Steps around the materials for --focus neighbourhood.")
@click.option("--as-of", metavar="DATE", default=None,
              help="Date (YYYY-MM-DD) for the status of export controls in the paths view [default: today].")
@click.option("--size-by", type=click.Choice(["degree", "score"]), default="degree", show_default=True,
              help="Node size: number of links, or chokepoint score on --dependent-on (materials, and the country).")
@click.option("--max-nodes", type=click.IntRange(1), default=None,
              help="Draw at most this many nodes, largest first [default: 2000].")
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True,
              type=click.Path(dir_okay=False), help="Graph file (built from --data when missing or stale).")
@click.option("--data", "data_dir", default=str(DEFAULT_DATA), show_default=True,
              type=click.Path(file_okay=False), help="Folder of reference tables.")
def command(materials, country, focus, hops, as_of, size_by, max_nodes, out, graph_path, data_dir):
    """Write an interactive HTML page of the graph that works offline.

    Colour and shape show the node type, size the degree (or the chokepoint
    score), width the share; hover or click an edge for its share, stage,
    status and sources.
    """
    G = ensure_graph(graph_path, data_dir)
    view = select_view(G, focus, materials, country, hops, as_of)
    sizes = label = None
    if size_by == "score":
        sizes = chokepoint_sizes(G, materials, country, as_of)
        label = f"chokepoint score on {G.nodes[resolve(G, 'Country', country or 'China')]['name']}"
    write_html(view.graph, out, view.title, view.caption, focus=view.focus, max_nodes=max_nodes,
               data_label=str(graph_path), scores=sizes, score_label=label)
    click.echo(f"{out}: {view.title} ({view.graph.number_of_nodes()} nodes, "
               f"{view.graph.number_of_edges()} edges)")
