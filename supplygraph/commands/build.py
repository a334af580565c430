"""``supplygraph build``: tables (and documents) in, one graph file out."""

from __future__ import annotations

import sys
import warnings

import click

from graph import counts
from graph.io import write_graph
from supplygraph.build import DEFAULT_DATA, DEFAULT_GRAPH, build_graph
from supplygraph.console import print_counts


@click.command("build")
@click.option("--data", "data_dir", default=str(DEFAULT_DATA), show_default=True,
              type=click.Path(file_okay=False), help="Folder of reference tables.")
@click.option("--docs", multiple=True, type=click.Path(exists=True),
              help="Article file or folder to extract facts from (repeatable).")
@click.option("--out", default=str(DEFAULT_GRAPH), show_default=True, type=click.Path(dir_okay=False),
              help="Graph file to write (node-link JSON).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes for the articles (0: one per core); the graph is the same for any number.")
@click.option("--rules-only", is_flag=True,
              help="The rules alone: leave out the learned pair model's edges (marked found_by=learned), "
                   "which add recall on unfamiliar wording at lower precision.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def command(data_dir, docs, out, jobs, rules_only, quiet):
    """Build the graph from the reference tables and articles and write it to one file."""
    skipped: list = []
    with warnings.catch_warnings():
        # Each skipped document is listed once below, not also as a Python warning.
        warnings.simplefilter("ignore", UserWarning)
        G = build_graph(data_dir, docs, progress=not quiet, skipped=skipped, jobs=jobs, learned=not rules_only)
    write_graph(G, out)
    if not quiet:
        print_counts(counts(G), title=f"Graph written to {out}")
    for path, reason in skipped:
        click.echo(f"warning: skipped {path}: {reason}", err=True)
    if skipped:
        click.echo(f"warning: {len(skipped)} document(s) skipped; the rest were loaded", err=True)
        sys.exit(1)
