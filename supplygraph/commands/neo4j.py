"""``supplygraph neo4j``: push the graph into a Neo4j database, or export files Neo4j loads offline."""

from __future__ import annotations

import sys

import click

from graph import counts
from graph.neo4j import connect, database_counts, node_rows, push, redact_uri, relationship_rows
from graph.neo4j_export import FORMATS, write_export
from supplygraph.build import DEFAULT_DATA, DEFAULT_GRAPH, ensure_graph
from supplygraph.console import print_counts

_graph_options = [
    click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True,
                 type=click.Path(dir_okay=False), help="Graph file (built from --data when missing or stale)."),
    click.option("--data", "data_dir", default=str(DEFAULT_DATA), show_default=True,
                 type=click.Path(file_okay=False), help="Folder of reference tables."),
]


def _with_graph_options(f):
    for option in reversed(_graph_options):
        f = option(f)
    return f


@click.group("neo4j")
def command():
    """Load the graph into Neo4j (push over Bolt, or export a Cypher script / import CSVs)."""


@command.command("push")
@click.option("--uri", envvar="NEO4J_URI", default="neo4j://localhost:7687", show_default=True,
              show_envvar=True, help="Bolt URI of the server.")
@click.option("--user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True, show_envvar=True,
              help="User name.")
@click.option("--password", envvar="NEO4J_PASSWORD", show_envvar=True, default=None,
              help="Password (prompted for when not given; never printed).")
@click.option("--database", envvar="NEO4J_DATABASE", default=None, show_envvar=True,
              help="Database name [default: the server's default database].")
@click.option("--wipe", is_flag=True, help="First delete what supplygraph wrote before (nothing else).")
@click.option("--batch-size", type=click.IntRange(1), default=1000, show_default=True,
              help="Rows per UNWIND statement and transaction.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@_with_graph_options
def push_command(uri, user, password, database, wipe, batch_size, quiet, graph_path, data_dir):
    """Write the graph into Neo4j: constraints first, then nodes and relationships in batches.

    Idempotent: pushing twice leaves the same counts. Labels and types come
    from the schema; every value is a query parameter.
    """
    if password is None:
        password = click.prompt(f"Password for {user} at {redact_uri(uri)}", hide_input=True, err=True)
    with connect(uri, user, password, database) as driver:  # fail fast, before reading the graph
        G = ensure_graph(graph_path, data_dir)
        total = sum(len(r) for r in node_rows(G).values()) + sum(len(r) for r in relationship_rows(G).values())
        if quiet:
            summary = push(driver, G, database, batch_size=batch_size, wipe_first=wipe)
        else:
            from tqdm import tqdm

            with tqdm(total=total, unit="row", desc="push", file=sys.stderr) as bar:
                summary = push(driver, G, database, batch_size=batch_size, wipe_first=wipe, progress=bar.update)
        in_db = database_counts(driver, database)
    if quiet:
        return
    if summary.deleted:
        click.echo(f"wiped: {summary.deleted['relationships']} relationships, {summary.deleted['nodes']} nodes"
                   + (f" ({summary.deleted['kept']} kept: other data still uses them)"
                      if summary.deleted["kept"] else ""))
    c = summary.counters
    rate = summary.rows / summary.seconds if summary.seconds else 0.0
    click.echo(f"pushed {summary.rows} rows in {summary.seconds:.1f} s ({rate:,.0f} rows/s): "
               f"created {c.get('nodes_created', 0)} nodes, {c.get('relationships_created', 0)} relationships, "
               f"{c.get('constraints_added', 0)} constraints, {c.get('indexes_added', 0)} indexes")
    print_counts(in_db, title=f"supplygraph data in {redact_uri(uri)}" + (f" ({database})" if database else ""))
    if in_db != counts(G):
        click.echo("warning: the database holds other counts than the graph file "
                   "(stale data from an earlier push? use --wipe)", err=True)


@command.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="cypher: a script for cypher-shell -f; csv: files for neo4j-admin database import full.")
@click.option("--out", "out_dir", default="build/neo4j", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write into.")
@_with_graph_options
def export_command(fmt, out_dir, graph_path, data_dir):
    """Write the graph as files Neo4j loads without Python (same representation as push)."""
    G = ensure_graph(graph_path, data_dir)
    paths = write_export(G, out_dir, fmt)
    for path in paths:
        click.echo(str(path))
    if fmt == "cypher":
        script = next(p for p in paths if p.suffix == ".cypher")
        click.echo(f"load with: cypher-shell -u neo4j -f {script}", err=True)
    else:
        click.echo(f"load with: sh {out_dir}/import.sh (database stopped), then "
                   f"cypher-shell -f {out_dir}/constraints.cypher", err=True)
