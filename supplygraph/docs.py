"""Generated parts of the README: the CLI reference and the data-model tables.

``python -m supplygraph.docs`` rewrites the marked sections of README.md in
place; a test fails when they are out of date, so the docs cannot drift from
``--help`` or from ``graph/spec/schema.yaml``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from graph import load_schema

__all__ = ["cli_reference", "schema_tables", "api_reference", "render_readme", "SECTIONS"]


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    out = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        out.append((f"{prefix} {name}", cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix} {name}")
    return out


def cli_reference() -> str:
    """Markdown: every command's ``--help``, in command order."""
    from supplygraph.cli import main

    parts = []
    for path, cmd in [("supplygraph", main)] + _commands(main, "supplygraph"):
        # The same help options as the real CLI (-h too), however the process got here.
        ctx = click.Context(cmd, info_name=path, terminal_width=100, max_content_width=100,
                            **main.context_settings)
        parts.append(f"### `{path}`\n\n```text\n{cmd.get_help(ctx).rstrip()}\n```\n")
    return "\n".join(parts)


def schema_tables() -> str:
    """Markdown tables of the node and edge types, from the schema file."""
    s = load_schema()
    lines = ["| node type | what | properties |", "|---|---|---|"]
    for name, spec in s.node_types.items():
        lines.append(f"| {name} | {spec.description} | {', '.join(spec.properties) or '-'} |")
    lines += ["", "| edge type | from | to | what | properties (key in bold) |", "|---|---|---|---|---|"]
    for name, spec in s.edge_types.items():
        props = ", ".join(f"**{p}**" if ps.key else (f"{p} ({'/'.join(ps.values)})" if ps.kind == "enum" else p)
                          for p, ps in spec.properties.items()) or "-"
        arrow = " (symmetric)" if spec.symmetric else ""
        lines.append(f"| {name}{arrow} | {', '.join(spec.source)} | {', '.join(spec.target)} | "
                     f"{spec.description} | {props} |")
    return "\n".join(lines) + "\n"


# Modules whose public functions the README lists (a module still being written is left out).
API_MODULES = ["supplygraph", "graph", "graph.names", "graph.io", "loaders.tables", "loaders.documents",
               "queries", "queries.cypher_library", "graph.neo4j", "graph.neo4j_export", "graph.html"]


def api_reference() -> str:
    """Markdown: each public function and class of the API modules, with its summary line."""
    import importlib

    parts = []
    for modname in API_MODULES:
        try:
            module = importlib.import_module(modname)
        except ModuleNotFoundError:
            continue
        rows = []
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name)
            if not callable(obj):
                continue
            doc = (obj.__doc__ or "").strip().splitlines()
            rows.append(f"| `{name}` | {doc[0] if doc else ''} |")
        if rows:
            parts.append(f"**`{modname}`**\n\n| name | what |\n|---|---|\n" + "\n".join(rows) + "\n")
    return "\n".join(parts)


def _run(args: list[str]) -> str:
    """Output of a supplygraph command, as a user at an 80-column terminal sees it."""
    import os

    from click.testing import CliRunner

    from supplygraph.cli import main

    result = CliRunner().invoke(main, args, env={"COLUMNS": "80"})
    if result.exit_code not in (0, 1):
        raise RuntimeError(f"supplygraph {' '.join(args)} failed: {result.output}")
    return "\n".join(line.rstrip() for line in result.output.splitlines()).replace(os.getcwd() + "/", "")


def tour_build() -> str:
    import tempfile

    out = Path(tempfile.mkdtemp()) / "graph.json"
    text = _run(["build", "--out", str(out)]).replace(str(out), "build/graph.json")
    return f"```text\n$ supplygraph build\n{text}\n```\n"


def tour_report() -> str:
    text = _run(["report", "--as-of", "2026-11-23"])
    findings = text.split("\n\n")[:2]
    return "```text\n$ supplygraph report --as-of 2026-11-23     # default: synthetic diamond and rare earths on China\n" \
        + "\n\n".join(findings) + "\n...\n```\n"


def tour_extract() -> str:
    import json

    text = _run(["extract", "notebooks/articles/02_rare_earth_magnets.txt"])
    doc = json.loads(text)[0]
    lines = [f"{e['type']:<11} {e['source']} -> {e['target']}"
             + "".join(f"  {k}={e[k]}" for k in ("share", "stage", "status", "amount_usd") if e.get(k) is not None)
             for e in doc["edges"]]
    return ("```text\n$ supplygraph extract notebooks/articles/02_rare_earth_magnets.txt   # edges, summarised\n"
            + "\n".join(lines) + "\n```\n")


SECTIONS = {"cli-reference": cli_reference, "data-model": schema_tables, "python-api": api_reference,
            "tour-build": tour_build, "tour-report": tour_report, "tour-extract": tour_extract}


def render_readme(text: str) -> str:
    """``text`` with every ``<!-- BEGIN name -->...<!-- END name -->`` section regenerated."""
    for name, make in SECTIONS.items():
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n).*?(<!-- END {name} -->)", re.S)
        if not pattern.search(text):
            raise ValueError(f"README has no section {name!r}")
        text = pattern.sub(lambda m: m.group(1) + make() + m.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    path = Path((argv or sys.argv[1:] or ["README.md"])[0])
    path.write_text(render_readme(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
