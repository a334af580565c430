"""``supplygraph cypher``: the Cypher query library for Neo4j Browser."""

from __future__ import annotations

import click
from rich.table import Table

from queries.cypher_library import get_query, list_queries
from supplygraph.console import console


@click.group("cypher")
def command():
    """List and print the Cypher queries (queries/cypher/*.cypher) to paste into Neo4j Browser."""


@command.command("list")
def list_command():
    """One line per query: name, what it answers, its parameters."""
    table = Table(title="Cypher queries (supplygraph cypher show NAME)", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("answers")
    table.add_column("parameters")
    for q in list_queries():
        table.add_row(q.name, q.title, ", ".join(f"${p}" for p in q.params))
    console.print(table)


@command.command("show")
@click.argument("name")
@click.option("--params-only", is_flag=True, help="Print only the :param lines.")
def show_command(name, params_only):
    """Print query NAME as it is, ready to paste (header comments and :param lines included)."""
    q = get_query(name)
    click.echo("\n".join(q.param_lines) if params_only else q.text.rstrip("\n"))
