"""``supplygraph whatif``: what breaks if a country drops out or an export control bites.

The rows of :func:`queries.what_if` (supply lost and left per material stage,
and downstream through USED_IN), followed for a control by the alternative
suppliers outside its imposer. Formats: ``text`` (rich tables), ``csv`` and
``json`` (every column and row; byte-identical across runs for the same graph
and ``--as-of``).

>>> from click.testing import CliRunner
>>> import pathlib, tempfile
>>> from graph.io import write_graph
>>> from queries.toy import toy_graph
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.json"
>>> write_graph(toy_graph(), path)
>>> out = CliRunner().invoke(command, ["--graph", str(path), "--control", "CN-B", "--as-of", "2026-01-01",
...                                    "--format", "csv"]).output
>>> out.splitlines()[1][:44]
'apply CN-B (suspended),dysprosium,Material,d'
"""

from __future__ import annotations

import click
import pandas as pd

from graph.io import atomic_write_text, dumps, read_graph
from queries import alternative_suppliers, as_of_date, what_if
from queries.whatif import ALTERNATIVE_COLUMNS
from supplygraph.build import DEFAULT_GRAPH, ensure_graph
from supplygraph.commands.report import print_table, records

__all__ = ["command"]


@click.command("whatif")
@click.option("--country", metavar="NAME", help="The country that stops supplying (any known form).")
@click.option("--control", metavar="KEY", help="The export control that bites (catalog key or name).")
@click.option("--material", "materials", multiple=True, metavar="NAME",
              help="Only these materials, their members and what is made from them (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead of the terminal.")
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True,
              type=click.Path(dir_okay=False), help="Graph file (built from data/ when missing or stale).")
@click.option("--as-of", default=None, metavar="DATE", help="Date for control status (YYYY-MM-DD). Default: today.")
def command(country, control, materials, fmt, out, graph_path, as_of):
    """What breaks if a country drops out (--country) or an export control bites (--control)."""
    if (country is None) == (control is None):
        raise click.UsageError("give one of --country and --control")
    G = ensure_graph(graph_path) if graph_path == str(DEFAULT_GRAPH) else read_graph(graph_path)
    when = as_of_date(as_of)
    rows = what_if(G, remove_country=country, apply_control=control, materials=list(materials) or None,
                   as_of=when)
    alternatives = None
    if control is not None:
        hit = sorted({n for n, k in zip(rows["node"], rows["kind"]) if k == "direct"})
        frames = [alternative_suppliers(G, m, control=control) for m in hit]
        # a group's alternatives list its members' too: a member hit on its own would repeat them
        alternatives = pd.concat(frames, ignore_index=True).drop_duplicates(ignore_index=True) if frames \
            else pd.DataFrame(columns=ALTERNATIVE_COLUMNS)
    scenario = rows["scenario"].iloc[0] if len(rows) else (f"remove {country}" if country else f"apply {control}")
    if fmt == "json":
        text = dumps({"as_of": when.isoformat(), "scenario": scenario, "what_if": records(rows),
                      **({"alternatives": records(alternatives)} if alternatives is not None else {})})
    elif fmt == "csv":
        text = rows.to_csv(index=False, lineterminator="\n")
    else:
        from rich.console import Console

        from supplygraph.console import console as terminal

        target = terminal
        if out:
            import io

            buf = io.StringIO()
            target = Console(file=buf, width=200, color_system=None)
        print_table("what_if", rows, target, title=f"What if: {scenario}, as of {when.isoformat()}")
        if alternatives is not None:
            print_table("alternatives", alternatives, target, title="Alternative suppliers outside the imposer")
        if not out:
            return
        text = buf.getvalue()
    if out:
        atomic_write_text(out, text)
    else:
        click.echo(text, nl=False)
