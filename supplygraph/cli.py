"""The ``supplygraph`` command line: a thin layer over the library.

Each command lives in ``supplygraph/commands/<name>.py`` and only parses
options, calls the library and prints. Library errors (SupplyGraphError)
become one clean line on stderr and exit status 2.
"""

from __future__ import annotations

import importlib
import sys

import click

from graph import SupplyGraphError

# Command modules, in the order --help lists them.
COMMAND_MODULES = ["build", "extract", "report", "whatif", "html", "neo4j", "cypher"]


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except SupplyGraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except OSError as exc:  # an output path that cannot be written, a full disk
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="supplygraph")
def main():
    """Supply-chain dependency knowledge graph: build it, find chokepoints, draw it, push it to Neo4j."""


for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"supplygraph.commands.{_name}")
    except ModuleNotFoundError as exc:  # a command still being written
        if exc.name != f"supplygraph.commands.{_name}":
            raise
        continue
    main.add_command(_module.command)


if __name__ == "__main__":  # pragma: no cover
    main()
