"""Reference tables (CSV files in ``data/``) into Node and Edge records.

What each table means is data: ``loaders/mappings/tables.yaml`` maps columns
to node and edge types. This module only interprets that mapping. Every edge
carries a table source (file, line, source URL); a malformed row raises
:class:`graph.DataError` naming the file and line.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "uses.csv").write_text(
...     "material,used_in,used_in_type,required,application,source_url\\n"
...     "Artificial diamonds,Semiconductors,Industry,true,wafer polishing,https://example.org/a\\n")
>>> recs = list(load_table(d / "uses.csv"))
>>> [(r.type, r.name) for r in recs if isinstance(r, Node)]
[('Material', 'synthetic diamond'), ('Industry', 'semiconductors')]
>>> e = recs[-1]; e.type, e.source, e.target, e.props["required"], e.sources[0].row
('USED_IN', 'material:synthetic-diamond', 'industry:semiconductors', True, 2)
"""

from __future__ import annotations

import csv
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import yaml

from graph import DataError, Edge, Node, SchemaError, Source, load_schema
from graph.names import canonical_name, country_name

__all__ = ["load_table", "load_tables", "table_mappings", "TABLE_FILES"]


@lru_cache(maxsize=1)
def table_mappings() -> dict:
    """The packaged table mappings, by table name."""
    text = resources.files("loaders.mappings").joinpath("tables.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


TABLE_FILES = tuple(spec["file"] for spec in table_mappings().values())


def _mapping_for(path: Path) -> dict:
    for spec in table_mappings().values():
        if spec["file"] == path.name:
            return spec
    known = ", ".join(TABLE_FILES)
    raise DataError(f"no mapping for a table named {path.name!r} (known: {known})", str(path))


def _holds(cond: dict | None, row: dict) -> bool:
    if not cond:
        return True
    value = (row.get(cond["column"]) or "").strip()
    if "not" in cond:
        return value != cond["not"]
    if "is" in cond:
        return value == cond["is"]
    if "in" in cond:
        return value in cond["in"]
    return True


def _value(spec, row: dict):
    if isinstance(spec, dict):
        return spec.get("value")
    return (row.get(spec) or "").strip() or None


def _names(end: dict, row: dict) -> list[tuple[str, str | None]]:
    """(raw name, paired value) items an endpoint stands for in this row."""
    raw = (row.get(end["name"]) or "").strip()
    if not raw:
        return []
    items = [p.strip() for p in raw.split(end["split"])] if end.get("split") else [raw]
    out = []
    for item in filter(None, items):
        if end.get("pair") and end["pair"] in item:
            name, _, value = item.rpartition(end["pair"])
            out.append((name.strip(), value.strip()))
        else:
            out.append((item, None))
    return out


def _node_type(end: dict, row: dict) -> str:
    t = end["type"]
    return (row.get(t["column"]) or "").strip() if isinstance(t, dict) else t


def _node(node_type: str, raw: str, where: tuple[str, int], src: Source, props: dict | None = None) -> Node:
    if node_type == "Country" and country_name(raw) is None:
        raise DataError(f"unknown country {raw!r}", *where)
    name = canonical_name(node_type, raw)
    aliases = (raw,) if raw != name else ()
    try:
        load_schema().check_node(node_type, props or {})
    except SchemaError as exc:
        raise DataError(str(exc), *where) from None
    return Node(node_type, name, dict(props or {}), aliases, (src,) if props else ())


def _row_records(spec: dict, row: dict, table: str, line: int) -> list:
    schema = load_schema()
    where = (table, line)
    url = _value(spec["source_url"], row)
    src = Source.from_table(table, line, url)
    records: list = []
    for nspec in spec.get("nodes", []):
        if not _holds(nspec.get("when"), row):
            continue
        props = {k: _value(v, row) for k, v in nspec.get("props", {}).items()}
        for k, blank in (nspec.get("blank_when") or {}).items():
            if props.get(k) == blank:
                props[k] = None
        props = {k: v for k, v in props.items() if v is not None}
        if "country" in props:
            props["country"] = country_name(props["country"]) or props["country"]
        if "imposer" in props:
            props["imposer"] = country_name(props["imposer"]) or props["imposer"]
        for raw, _ in _names(nspec, row):
            records.append(_node(nspec["type"], raw, where, src, props))
    for espec in spec.get("edges", []):
        if not _holds(espec.get("when"), row):
            continue
        props = {k: _value(v, row) for k, v in espec.get("props", {}).items()}
        props = {k: v for k, v in props.items() if v is not None}
        sources = [(_node_type(espec["source"], row), raw) for raw, _ in _names(espec["source"], row)]
        targets = [(_node_type(espec["target"], row), raw, val) for raw, val in _names(espec["target"], row)]
        for stype, sraw in sources:
            snode = _node(stype, sraw, where, src)
            for ttype, traw, paired in targets:
                tnode = _node(ttype, traw, where, src)
                eprops = dict(props)
                if paired is not None:
                    eprops[espec["target"]["pair_prop"]] = paired
                try:
                    eprops = schema.check_edge(espec["type"], stype, ttype, eprops)
                except SchemaError as exc:
                    raise DataError(f"{espec['type']} {snode.name} -> {tnode.name}: {exc}", *where) from None
                records += [snode, tnode, Edge(espec["type"], snode.id, tnode.id, eprops, (src,))]
    return records


def _decoded_lines(fh, path: Path) -> Iterator[str]:
    # Decode line by line so that a bad byte is reported on its own line.
    for number, raw in enumerate(fh, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            what = "header" if number == 1 else "row"
            raise DataError(f"unreadable {what}: not UTF-8 text ({exc.reason} at byte {exc.start})",
                            str(path), number) from None


def load_table(path: str | os.PathLike, table_name: str | None = None) -> Iterator[Node | Edge]:
    """Yield the records of one reference table; raise DataError on a malformed row.

    ``table_name`` is how sources name the file (default: ``data/<file name>``).
    """
    path = Path(path)
    spec = _mapping_for(path)
    table = table_name or f"data/{path.name}"
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise DataError(f"cannot open table: {exc.strerror}", str(path)) from None
    with fh:
        reader = csv.reader(_decoded_lines(fh, path))
        try:
            header = next(reader)
        except StopIteration:
            raise DataError("empty table (expected a header row)", str(path), 1) from None
        except csv.Error as exc:
            raise DataError(f"unreadable header: {exc}", str(path), 1) from None
        missing = [c for c in spec["required"] if c not in header]
        if missing:
            raise DataError(f"missing column(s) {', '.join(missing)}", str(path), 1)
        seen: dict[tuple[str, str], int] = {}
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise DataError(f"unreadable row: {exc}", str(path), reader.line_num) from None
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise DataError(f"expected {len(header)} columns, found {len(cells)}", str(path), line)
            row = dict(zip(header, cells))
            if _holds(spec.get("skip"), row) and spec.get("skip"):
                continue
            empty = [c for c in spec["required"] if not row[c].strip()]
            if empty:
                raise DataError(f"empty required column(s) {', '.join(empty)}", str(path), line)
            for col in spec.get("unique", []):
                first = seen.setdefault((col, row[col].strip()), line)
                if first != line:
                    raise DataError(f"duplicate {col} {row[col].strip()!r} (first on line {first})", str(path), line)
            try:
                yield from _row_records(spec, row, table, line)
            except DataError as exc:
                raise DataError(exc.reason, str(path), line) from None


def load_tables(folder: str | os.PathLike) -> Iterator[Node | Edge]:
    """Yield the records of every known table present in ``folder``, in a fixed order."""
    folder = Path(folder)
    for name in TABLE_FILES:
        if (folder / name).exists():
            yield from load_table(folder / name)
