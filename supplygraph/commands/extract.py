"""``supplygraph extract``: articles in, extracted nodes and edges out (JSON in the gold shape)."""

from __future__ import annotations

import json
import sys

import click

from loaders.documents import BadDocument, document_json, extract_paths
from loaders.documents.reading import iter_document_paths


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="A JSON array of per-file objects, or one object per line.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes (0: one per core); the output is the same for any number.")
@click.option("--rules-only", is_flag=True,
              help="The rules alone: leave out the learned pair model's edges (marked found_by=learned), "
                   "which add recall on unfamiliar wording at lower precision.")
def command(files, fmt, jobs, rules_only):
    """Extract nodes and edges, with evidence sentences, from article FILES (or folders).

    Prints one object per file: {"doc", "nodes", "edges"}. A bad file is
    reported on stderr and skipped; the exit status is then 1. With
    ``--format jsonl`` each file's line is printed as soon as it is extracted.
    """
    out, skipped = [], 0
    for path, records in extract_paths(iter_document_paths(files), jobs, not rules_only):
        if isinstance(records, BadDocument):
            click.echo(f"warning: skipped {records}", err=True)
            skipped += 1
        elif fmt == "jsonl":
            click.echo(json.dumps(document_json(path.name, records), ensure_ascii=False))
        else:
            out.append(document_json(path.name, records))
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    if skipped:
        sys.exit(1)
