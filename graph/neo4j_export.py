"""The graph as files Neo4j loads without Python: a ``cypher-shell -f`` script and neo4j-admin CSVs.

Same representation as :mod:`graph.neo4j` (labels, merge keys, marker,
provenance lists), same input, same bytes. The script is parameter-free, so
values are written as Cypher literals by :func:`cypher_literal`, which escapes
every character that could end a string; names come from the schema only.
This module does not import the ``neo4j`` driver.

>>> from graph import new_graph, add_node, Node
>>> G = new_graph(); _ = add_node(G, Node("Country", "O'Hare }) DETACH DELETE n //"))
>>> print(cypher_script(G).splitlines()[-2])
MERGE (n:Country {id: 'country:o-hare-detach-delete-n'}) SET n += {name: 'O\\'Hare }) DETACH DELETE n //', sg_managed: true};
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import networkx as nx

from .errors import DataError
from .io import atomic_write_text
from .neo4j import (constraint_statements, cypher_name, node_rows, property_kinds, relationship_rows,
                    representation)
from .schema import load_schema

__all__ = ["cypher_literal", "cypher_map", "cypher_script", "csv_files", "import_command",
           "grass_style", "write_export", "FORMATS"]

FORMATS = ("cypher", "csv")
SCRIPT_NAME = "supplygraph.cypher"
# Array delimiters tried in turn for the CSVs: the first one no list item contains.
_ARRAY_DELIMITERS = (";", "|", "¦", "\u241f")

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_literal(value) -> str:
    """``value`` (str, int, float, bool or a list of them) as a Cypher literal.

    >>> print(cypher_literal("it's a `tick` \\\\ and\\na line"))
    'it\\'s a `tick` \\\\ and\\na line'
    >>> cypher_literal([1.5, 2e-07, True, None])
    '[1.5, 2e-07, true, null]'
    >>> cypher_literal(1e+16)
    '1e16'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise DataError(f"cannot write {value!r} as a Cypher literal")
        return repr(value).replace("e+", "e")  # Cypher has no '+' in exponents
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = str(value)
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or 0x7f <= ord(ch) < 0xa0 or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")  # control characters never appear raw
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_map(props: dict) -> str:
    """A Cypher map literal; keys quoted with :func:`graph.neo4j.cypher_name`.

    >>> cypher_map({"name": "Nauru", "on": ["lithium"]})
    "{name: 'Nauru', `on`: ['lithium']}"
    """
    return "{" + ", ".join(f"{cypher_name(k)}: {cypher_literal(v)}" for k, v in props.items()) + "}"


def cypher_script(G: nx.MultiDiGraph) -> str:
    """A script for ``cypher-shell -f``: constraints, then one MERGE per node, then per relationship.

    One statement per line, each ending in ``;``: newlines inside values are escaped.
    """
    lines = ["// supplygraph graph for Neo4j: run with  cypher-shell -f supplygraph.cypher",
             "// Idempotent: nodes merge on id, relationships on key. Generated; do not edit.",
             "// Constraints and indexes first."]
    lines += [s + ";" for s in constraint_statements()]
    lines.append("// Nodes.")
    for label, rows in node_rows(G).items():
        lab = cypher_name(label)
        for row in rows:
            props = {k: v for k, v in row["props"].items() if k != "id"}
            lines.append(f"MERGE (n:{lab} {{id: {cypher_literal(row['id'])}}}) SET n += {cypher_map(props)};")
    lines.append("// Relationships.")
    for (rtype, s, t), rows in relationship_rows(G).items():
        load_schema().check_edge(rtype, s, t, {})
        rel, a, b = cypher_name(rtype), cypher_name(s), cypher_name(t)
        for row in rows:
            lines.append(f"MATCH (a:{a} {{id: {cypher_literal(row['source'])}}}) "
                         f"MATCH (b:{b} {{id: {cypher_literal(row['target'])}}}) "
                         f"MERGE (a)-[r:{rel} {{key: {cypher_literal(row['key'])}}}]->(b) "
                         f"SET r = {cypher_map(row['props'])};")
    return "\n".join(lines) + "\n"


def _csv_value(value, kind: str, delimiter: str) -> str:
    if value is None:
        return ""
    if kind == "list":
        return delimiter.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _header(name: str, kind: str) -> str:
    csv_type = representation()["csv_types"][kind]
    return name if csv_type == "string" else f"{name}:{csv_type}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _array_delimiter(nodes: dict, rels: dict) -> str:
    items = [str(v) for group in (nodes, rels) for rows in group.values() for row in rows
             for v in row["props"].values() if isinstance(v, list) for v in v]
    for delimiter in _ARRAY_DELIMITERS:
        if not any(delimiter in item for item in items):
            return delimiter
    raise DataError("every array delimiter candidate occurs in some list value; cannot write CSV")


def csv_files(G: nx.MultiDiGraph) -> tuple[dict[str, str], dict]:
    """File name -> CSV text for ``neo4j-admin database import full``, and the import options.

    One node file per label (``id:ID``, ``:LABEL``, typed properties) and one
    relationship file per type (``:START_ID``, ``:END_ID``, ``:TYPE``, typed
    properties). Lists use the array delimiter returned in the options.

    >>> from graph import new_graph, add_node, Node
    >>> G = new_graph(); _ = add_node(G, Node("Material", "rare earths", {"group": True}))
    >>> files, options = csv_files(G)
    >>> print(files["nodes_Material.csv"], end="")
    id:ID,:LABEL,name,aliases:string[],group:boolean,sg_managed:boolean,sources:string[],source_urls:string[],source_documents:string[],source_sentences:string[],source_tables:string[],source_rows:string[]
    material:rare-earths,Material,rare earths,,true,true,,,,,,
    >>> options["array_delimiter"], options["multiline_fields"]
    (';', False)
    """
    kinds = property_kinds()
    nodes, rels = node_rows(G), relationship_rows(G)
    delimiter = _array_delimiter(nodes, rels)
    files: dict[str, str] = {}
    for label, rows in nodes.items():
        columns = [(k, kind) for k, kind in kinds["nodes"][label].items() if k != "id"]
        header = ["id:ID", ":LABEL"] + [_header(k, kind) for k, kind in columns]
        body = [[row["id"], label] + [_csv_value(row["props"].get(k), kind, delimiter) for k, kind in columns]
                for row in rows]
        files[f"nodes_{label}.csv"] = _table(header, body)
    by_type: dict[str, list[dict]] = {}
    for (rtype, _, _), rows in rels.items():
        by_type.setdefault(rtype, []).extend(rows)
    for rtype, rows in by_type.items():
        columns = list(kinds["relationships"][rtype].items())
        header = [":START_ID", ":END_ID", ":TYPE"] + [_header(k, kind) for k, kind in columns]
        rows = sorted(rows, key=lambda r: (r["source"], r["target"], r["key"]))
        body = [[row["source"], row["target"], rtype]
                + [_csv_value(row["props"].get(k), kind, delimiter) for k, kind in columns] for row in rows]
        files[f"relationships_{rtype}.csv"] = _table(header, body)
    multiline = any(("\n" in v or "\r" in v) for group in (nodes, rels) for rows in group.values()
                    for row in rows for val in row["props"].values()
                    for v in (val if isinstance(val, list) else [val]) if isinstance(v, str))
    return files, {"array_delimiter": delimiter, "multiline_fields": multiline}


def import_command(files: dict[str, str], options: dict, database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command line for :func:`csv_files`' output.

    >>> import_command({"nodes_Country.csv": "", "relationships_TARGETS.csv": ""},
    ...                {"array_delimiter": "|", "multiline_fields": False})
    "neo4j-admin database import full --array-delimiter='|' --nodes=nodes_Country.csv --relationships=relationships_TARGETS.csv neo4j"
    """
    parts = ["neo4j-admin database import full"]
    if options["array_delimiter"] != ";":
        delimiter = options["array_delimiter"]
        parts.append(f"--array-delimiter='{delimiter}'" if delimiter.isascii()
                     else f"--array-delimiter=U+{ord(delimiter):04X}")
    if options["multiline_fields"]:
        parts.append("--multiline-fields=true")
    parts += [f"--nodes={name}" for name in sorted(files) if name.startswith("nodes_")]
    parts += [f"--relationships={name}" for name in sorted(files) if name.startswith("relationships_")]
    parts.append(database)
    return " ".join(parts)


def _text_colour(hex_colour: str) -> str:
    # Dark captions on light fills, white on dark (relative luminance, WCAG).
    rgb = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    luminance = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return "#222222" if luminance > 0.3 else "#ffffff"


def grass_style() -> str:
    """A Neo4j Browser style (GraSS): each label in its schema colour, captioned by ``name``.

    >>> print(grass_style().split("node.Country ")[1].split("\\n}")[0])
    {
      color: #4e79a7;
      border-color: #4e79a7;
      text-color-internal: #ffffff;
      caption: "{name}";
    """
    schema = load_schema()
    out = ["/* supplygraph style for Neo4j Browser: drag this file onto Browser, or run :style and paste it.",
           "   Generated from graph/spec/schema.yaml by graph.neo4j_export.grass_style(). */",
           "node {", "  diameter: 50px;", "  color: #a5abb6;", "  border-color: #9aa1ac;", "  border-width: 2px;",
           "  text-color-internal: #ffffff;", "  font-size: 10px;", '  caption: "{name}";', "}",
           "relationship {", "  color: #a5abb6;", "  shaft-width: 1px;", "  font-size: 8px;", "  padding: 3px;",
           "  text-color-external: #000000;", "  text-color-internal: #ffffff;", '  caption: "<type>";', "}"]
    for label, spec in schema.node_types.items():
        out += [f"node.{label} {{", f"  color: {spec.colour};", f"  border-color: {spec.colour};",
                f"  text-color-internal: {_text_colour(spec.colour)};", '  caption: "{name}";', "}"]
    # Wider shafts for the supply relationships that carry shares.
    out += ["relationship.SUPPLIES {", "  shaft-width: 3px;", "}"]
    return "\n".join(out) + "\n"


def write_export(G: nx.MultiDiGraph, out_dir: str | os.PathLike, fmt: str) -> list[Path]:
    """Write the ``cypher`` script or the ``csv`` files (with ``import.sh`` and the constraints) to ``out_dir``.

    Both formats come with ``style.grass`` for Neo4j Browser.

    Returns the paths written, sorted.
    """
    if fmt not in FORMATS:
        raise DataError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    out = Path(out_dir)
    texts: dict[str, str]
    if fmt == "cypher":
        texts = {SCRIPT_NAME: cypher_script(G), "style.grass": grass_style()}
    else:
        files, options = csv_files(G)
        command = import_command(files, options)
        texts = dict(files)
        texts["import.sh"] = (
            "#!/bin/sh\n"
            "# Load supplygraph into an empty, stopped database named neo4j (run where the CSVs are),\n"
            "# then create the constraints:  cypher-shell -f constraints.cypher\n"
            "set -e\ncd \"$(dirname \"$0\")\"\n" + command + "\n")
        texts["constraints.cypher"] = "".join(s + ";\n" for s in constraint_statements())
        texts["style.grass"] = grass_style()
    paths = []
    for name, text in sorted(texts.items()):
        atomic_write_text(out / name, text)
        paths.append(out / name)
    return paths
