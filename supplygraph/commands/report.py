"""``supplygraph report``: the chokepoint report for materials depended on from one country.

Formats: ``text`` (rich tables, the default), ``markdown``, ``json`` (every
section, every row) and ``csv`` (the ranked chokepoint table). json and csv
are byte-identical across runs for the same graph and ``--as-of`` date.
Which columns and how many rows text and markdown show is data:
``supplygraph/commands/report.yaml``.

>>> from click.testing import CliRunner
>>> import pathlib, tempfile
>>> from graph.io import write_graph
>>> from queries.toy import toy_graph
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.json"
>>> write_graph(toy_graph(), path)
>>> out = CliRunner().invoke(command, ["--graph", str(path), "--material", "synthetic diamond",
...                                    "--as-of", "2026-01-01", "--format", "csv"]).output
>>> out.splitlines()[1][:47]
'1,synthetic diamond,synthetic,China,0.95,9034.0'
"""

from __future__ import annotations

import io
import math
from functools import lru_cache
from importlib import resources

import click
import pandas as pd
import yaml

from graph.io import atomic_write_text, dumps, read_graph
from queries import as_of_date, report_sections, resolve_country, resolve_material
from supplygraph.build import DEFAULT_GRAPH, ensure_graph

__all__ = ["command", "render", "print_text", "print_table", "findings", "records"]

DEFAULT_MATERIALS = ("synthetic diamond", "rare earths")


@lru_cache(maxsize=1)
def _layout() -> dict:
    text = resources.files("supplygraph.commands").joinpath("report.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _flat(sections: dict) -> list[tuple[str, pd.DataFrame]]:
    out = []
    for key, value in sections.items():
        if isinstance(value, dict):
            out.extend(value.items())
        else:
            out.append((key, value))
    return out


def _plain(value):
    """A JSON-ready Python value: numpy scalars unwrapped, NaN as None."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def records(df: pd.DataFrame) -> list[dict]:
    """The rows of ``df`` as JSON-ready dicts (numpy scalars unwrapped, NaN as None)."""
    return [{c: _plain(v) for c, v in zip(df.columns, row)} for row in df.itertuples(index=False, name=None)]


def _usd(value: float) -> str:
    for size, unit in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"US${value / size:,.4g}{unit}"
    return f"US${value:,.0f}"


_FORMATS = {
    "percent": lambda v: f"{v * 100:.3g}%",
    "int": lambda v: f"{v:,.0f}",
    "one_decimal": lambda v: f"{v:.1f}",
    "usd": _usd,
    "count": lambda v: str(len([x for x in str(v).split("; ") if x])),
}


def _cell(value, fmt: str | None = None) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if fmt and not isinstance(value, bool):
        try:
            return _FORMATS[fmt](value)
        except (TypeError, ValueError):
            pass
    if isinstance(value, float):
        return f"{value:.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


def _view(key: str, df: pd.DataFrame) -> tuple[str, pd.DataFrame, int]:
    """Title, the rows and columns shown, and the row count before the cut."""
    spec = _layout().get(key, {})
    if spec.get("distinct") and len(df):
        # The same exposure reaches many targets: show it once, at its best row.
        df = df.drop_duplicates(subset=[c for c in spec["distinct"] if c in df.columns])
    cols = [c for c in spec.get("columns", list(df.columns)) if c in df.columns]
    limit = spec.get("rows", 30)
    return spec.get("title", key), df[cols].head(limit), len(df)


def _title(meta: dict) -> str:
    return (f"Chokepoint report: {', '.join(meta['materials'])} dependent on {meta['dependent_on']}, "
            f"as of {meta['as_of']}")


def _status_phrase(row) -> str:
    status = (row.get("status_as_of") or "unknown").replace("_", " ")
    until = row.get("suspended_until")
    if until and status == "suspended":
        status += f" until {until}"
    elif until and status == "in force":
        status += f" (suspension ended {until})"
    targets = row.get("targets")
    if targets and targets != "all":
        status += f", aimed at {targets}"
    return status


def findings(sections: dict, limit: int | None = None) -> list[str]:
    """One sentence per ranked chokepoint: share, concentration, controls, alternatives, mitigations.

    >>> from queries import report_sections, toy_graph
    >>> findings(report_sections(toy_graph(), ["synthetic diamond"], as_of="2026-01-01"))[0][:60]
    'synthetic diamond (synthetic): China holds 95%, HHI 9,034. C'
    """
    limit = limit or _layout().get("findings", {}).get("rows", 8)
    controls = sections.get("controls", pd.DataFrame())
    mitigations = sections.get("mitigations", pd.DataFrame())
    industries = sections.get("industries", pd.DataFrame())
    by_key = {} if controls.empty else {
        r["catalog_key"]: r for r in controls[controls["kind"] != "relief"].drop_duplicates("catalog_key").to_dict("records")}
    out, described = [], set()
    for row in sections["chokepoints"].head(limit).to_dict("records"):
        m = row["material"]
        text = (f"{m} ({row['stage']}): {row['country']} holds {_cell(row['share'], 'percent')}, "
                f"HHI {_cell(row['hhi'], 'int')}.")
        if m in described:
            out.append(text + " Controls, uses and mitigations as above.")
            continue
        described.add(m)
        keys = [part.split(" ")[0] for part in str(row.get("controls") or "").split("; ") if part]
        mine = [by_key[k] for k in keys if k in by_key]
        if mine:
            text += " Controls: " + "; ".join(f"{r['catalog_key']} {_status_phrase(r)}" for r in mine) + "."
        used = industries[(industries["material"] == m) & (industries["target_type"] == "Industry")] \
            if len(industries) else industries
        if len(used):
            # Most-attested uses first: required ones, then by how many sources state them.
            weight = used["sources"].fillna("").map(lambda t: len([x for x in str(t).split("; ") if x]))
            used = used.assign(_w=weight).sort_values(["required", "_w", "hops", "target"],
                                                      ascending=[False, False, True, True], kind="stable")
            names = list(dict.fromkeys(used["target"]))
            text += f" Used in {', '.join(names[:6])}{' and more' if len(names) > 6 else ''}."
        text += f" Alternative suppliers: {row['alternatives']}."
        mit = mitigations[mitigations["material"] == m] if len(mitigations) else mitigations
        if len(mit):
            parts = [f"{r['investor']} -> {r['recipient']}"
                     + (f" {_usd(r['amount_usd'])}" if _plain(r["amount_usd"]) else "") + f" ({r['status']})"
                     for r in mit.head(3).to_dict("records")]
            text += " Mitigations: " + "; ".join(parts) + ("; more below" if len(mit) > 3 else "") + "."
        out.append(text)
    return out


def print_text(sections: dict, meta: dict, console) -> None:
    """Print the report as rich tables on ``console``.

    >>> import io
    >>> from rich.console import Console
    >>> from queries import report_sections, toy_graph
    >>> buf = io.StringIO()
    >>> meta = {"as_of": "2026-01-01", "dependent_on": "China", "materials": ["synthetic diamond"]}
    >>> print_text(report_sections(toy_graph(), ["synthetic diamond"], as_of="2026-01-01"), meta,
    ...            Console(file=buf, width=200))
    >>> "Element Six" in buf.getvalue()
    True
    """
    from rich.markup import escape

    console.print(f"[bold]{escape(_title(meta))}[/bold]\n")
    console.print("[bold]Findings[/bold]")
    for i, line in enumerate(findings(sections), 1):
        console.print(f"{i}. {escape(line)}")
    console.print()
    for key, df in _flat(sections):
        print_table(key, df, console)


def print_table(key: str, df: pd.DataFrame, console, title: str | None = None) -> None:
    """One section as a rich table, laid out as ``report.yaml`` says for ``key``."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    layout_title, view, total = _view(key, df)
    formats = _layout().get(key, {}).get("formats", {})
    caption = f"{total - len(view)} more rows in --format json" if total > len(view) else None
    table = Table(title=escape(title or layout_title), title_justify="left", caption=caption,
                  caption_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, title_style="bold")
    headers = _layout().get("headers", {})
    for c in view.columns:
        numeric = c in formats or pd.api.types.is_numeric_dtype(view[c])
        longest = max([len(_cell(v, formats.get(c))) for v in view[c]] + [1])
        # Text columns keep a readable minimum; long free text (paths) folds.
        table.add_column(headers.get(c, c.replace("_", " ")), justify="right" if numeric else "left",
                         overflow="fold", no_wrap=numeric, min_width=None if numeric else min(longest, 10))
    for row in view.itertuples(index=False, name=None):
        table.add_row(*(escape(_cell(v, formats.get(c))) for c, v in zip(view.columns, row)))
    if view.empty:
        table.add_row(*(["(none)"] + [""] * (len(view.columns) - 1)))
    console.print(table)


def render(sections: dict, fmt: str, meta: dict) -> str:
    """The report in ``fmt`` (text, markdown, json, csv) as one string.

    >>> from queries import report_sections, toy_graph
    >>> s = report_sections(toy_graph(), ["rare earths"], as_of="2026-01-01")
    >>> meta = {"as_of": "2026-01-01", "dependent_on": "China", "materials": ["rare earths"]}
    >>> import json
    >>> json.loads(render(s, "json", meta))["sections"]["chokepoints"][0]["material"]
    'rare earths'
    >>> render(s, "markdown", meta).splitlines()[0]
    '# Chokepoint report: rare earths dependent on China, as of 2026-01-01'
    """
    if fmt == "json":
        return dumps({**meta, "sections": {k: ({kk: records(vv) for kk, vv in v.items()} if isinstance(v, dict)
                                                else records(v)) for k, v in sections.items()}})
    if fmt == "csv":
        return sections["chokepoints"].to_csv(index=False, lineterminator="\n")
    if fmt == "markdown":
        lines = [f"# {_title(meta)}", "", "## Findings", ""]
        lines += [f"{i}. {line}" for i, line in enumerate(findings(sections), 1)] + [""]
        for key, df in _flat(sections):
            title, view, total = _view(key, df)
            lines += [f"## {title}", ""]
            if view.empty:
                lines += ["(none)", ""]
                continue
            formats = _layout().get(key, {}).get("formats", {})
            lines.append("| " + " | ".join(view.columns) + " |")
            lines.append("|" + "---|" * len(view.columns))
            for row in view.itertuples(index=False, name=None):
                lines.append("| " + " | ".join(_cell(v, formats.get(c)).replace("|", "\\|")
                                               for c, v in zip(view.columns, row)) + " |")
            if total > len(view):
                lines.append(f"\n{total - len(view)} more rows in the json output.")
            lines.append("")
        return "\n".join(lines)
    from rich.console import Console

    buf = io.StringIO()
    print_text(sections, meta, Console(file=buf, width=200, color_system=None))
    return buf.getvalue()


@click.command("report")
@click.option("--material", "materials", multiple=True, metavar="NAME",
              help="Material to report on (repeatable). Default: synthetic diamond and rare earths.")
@click.option("--dependent-on", default="China", show_default=True, metavar="COUNTRY",
              help="The country depended on.")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "csv"]), default="text",
              show_default=True, help="Output format; csv is the ranked chokepoint table.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead of the terminal.")
@click.option("--graph", "graph_path", default=str(DEFAULT_GRAPH), show_default=True,
              type=click.Path(dir_okay=False), help="Graph file (built from data/ when missing or stale).")
@click.option("--as-of", default=None, metavar="DATE", help="Date for control status (YYYY-MM-DD). Default: today.")
def command(materials, dependent_on, fmt, out, graph_path, as_of):
    """Chokepoint report: dependency paths, concentration, controls, failure points, what-if, mitigations."""
    materials = list(materials) or list(DEFAULT_MATERIALS)
    G = ensure_graph(graph_path) if graph_path == str(DEFAULT_GRAPH) else read_graph(graph_path)
    when = as_of_date(as_of)
    sections = report_sections(G, materials, dependent_on, as_of=when)
    meta = {"as_of": when.isoformat(), "dependent_on": G.nodes[resolve_country(G, dependent_on)]["name"],
            "materials": [G.nodes[resolve_material(G, m)]["name"] for m in materials],
            "score": "100 * hhi/10000 * share * (floor + (1 - floor) * control_weight), floor 0.5; "
                     "see queries/report.py"}
    if fmt == "text" and not out:
        from supplygraph.console import console

        print_text(sections, meta, console)
        return
    text = render(sections, fmt, meta)
    if out:
        atomic_write_text(out, text)
    else:
        click.echo(text, nl=False)
