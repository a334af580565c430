"""The Cypher query library: ``queries/cypher/*.cypher``, one query per file, for Neo4j Browser.

Each file opens with a comment header::

    // Title: one line saying what the query answers.
    // Longer description, any number of comment lines.
    // Mirrors: queries.concentration.concentration
    // Columns: material, stage, suppliers, hhi
    // Parameters (paste into Neo4j Browser):
    // :param material => 'rare earths';

and the rest is one Cypher statement, runnable as it stands (the header is
comments). A parameter whose default is ``null`` means "all".

>>> q = get_query("concentration")
>>> q.name, q.columns[:3], q.params["material"] is None
('concentration', ['material', 'stage', 'suppliers'], True)
>>> parse_literal("['a''s', \\"b\\", -2, 0.5, true, null]")
["a's", 'b', -2, 0.5, True, None]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from graph import SupplyGraphError

__all__ = ["CypherQuery", "list_queries", "get_query", "parse_header", "parse_literal", "LibraryError"]

_PARAM = re.compile(r"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$")
_TOKEN = re.compile(r"""\s*(?:(?P<str>'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.|"")*")|(?P<num>-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)
                        |(?P<word>[A-Za-z_][A-Za-z0-9_]*)|(?P<punct>[\[\],{}:]))""", re.VERBOSE)
_UNESCAPE = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f"}


class LibraryError(SupplyGraphError):
    """A query file is missing or its header cannot be read."""


@dataclass(frozen=True)
class CypherQuery:
    """One query file: its name (file stem), header fields and full text."""

    name: str
    title: str
    description: str
    mirrors: str | None
    columns: list[str] = field(default_factory=list)
    params: dict = field(default_factory=dict)
    param_lines: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def body(self) -> str:
        """The statement without the header comments."""
        return "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("//")).strip()


def _string(token: str) -> str:
    quote, inner = token[0], token[1:-1]
    out, i = [], 0
    while i < len(inner):
        ch = inner[i]
        if ch == "\\" and i + 1 < len(inner):
            out.append(_UNESCAPE.get(inner[i + 1], inner[i + 1]))
            i += 2
        elif ch == quote and inner[i + 1:i + 2] == quote:
            out.append(quote)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def parse_literal(text: str):
    """A Cypher literal of a ``:param`` line: string, number, boolean, null, or a list or map of them.

    >>> parse_literal("{in_force: 1.0, 'odd key': [1]}")
    {'in_force': 1.0, 'odd key': [1]}
    """
    tokens = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise LibraryError(f"cannot read Cypher literal {text!r} at {pos}")
        tokens.append(m)
        pos = m.end()

    def value(i):
        m = tokens[i]
        if m.group("str"):
            return _string(m.group("str")), i + 1
        if m.group("num"):
            num = m.group("num")
            return (float(num) if any(c in num for c in ".eE") else int(num)), i + 1
        if m.group("word"):
            words = {"null": None, "true": True, "false": False}
            if m.group("word").lower() not in words:
                raise LibraryError(f"cannot read Cypher literal {text!r}: {m.group('word')!r}")
            return words[m.group("word").lower()], i + 1
        if m.group("punct") == "{":
            out, i = {}, i + 1
            while tokens[i].group("punct") != "}":
                key = tokens[i].group("word") or (tokens[i].group("str") and _string(tokens[i].group("str")))
                if not key or tokens[i + 1].group("punct") != ":":
                    raise LibraryError(f"cannot read Cypher map {text!r}")
                out[key], i = value(i + 2)
                if tokens[i].group("punct") == ",":
                    i += 1
            return out, i + 1
        if m.group("punct") == "[":
            items, i = [], i + 1
            while tokens[i].group("punct") != "]":
                item, i = value(i)
                items.append(item)
                if tokens[i].group("punct") == ",":
                    i += 1
            return items, i + 1
        raise LibraryError(f"cannot read Cypher literal {text!r}")

    try:
        result, end = value(0)
    except IndexError:
        raise LibraryError(f"cannot read Cypher literal {text!r}: unexpected end") from None
    if end != len(tokens):
        raise LibraryError(f"cannot read Cypher literal {text!r}: trailing text")
    return result


def parse_header(text: str, name: str = "query") -> dict:
    """The header fields of a query file: title, description, mirrors, columns, params, param_lines.

    >>> h = parse_header("// Title: Hi.\\n// More.\\n// Columns: a, b\\n// :param x => 1;\\nRETURN $x AS a, 2 AS b")
    >>> h["title"], h["description"], h["columns"], h["params"], h["param_lines"]
    ('Hi.', 'More.', ['a', 'b'], {'x': 1}, [':param x => 1;'])
    """
    comments = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        comments.append(stripped[2:].strip())
    out = {"title": "", "description": [], "mirrors": None, "columns": [], "params": {}, "param_lines": []}
    for c in comments:
        m = _PARAM.match(c)
        if m:
            out["params"][m.group(1)] = parse_literal(m.group(2))
            out["param_lines"].append(c if c.endswith(";") else c + ";")
        elif c.startswith("Title:"):
            out["title"] = c[len("Title:"):].strip()
        elif c.startswith("Mirrors:"):
            out["mirrors"] = c[len("Mirrors:"):].strip() or None
        elif c.startswith("Columns:"):
            out["columns"] = [col.strip() for col in c[len("Columns:"):].split(",") if col.strip()]
        elif c.startswith("Parameters"):
            continue
        elif c:
            out["description"].append(c)
    if not out["title"] or not out["columns"]:
        raise LibraryError(f"{name}: the header needs a 'Title:' and a 'Columns:' line")
    out["description"] = " ".join(out["description"])
    return out


@lru_cache(maxsize=1)
def _load() -> tuple[CypherQuery, ...]:
    folder = resources.files("queries").joinpath("cypher")
    queries = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher"):
            continue
        text = entry.read_text(encoding="utf-8")
        name = entry.name[:-len(".cypher")]
        queries.append(CypherQuery(name=name, text=text, **parse_header(text, entry.name)))
    return tuple(queries)


def list_queries() -> list[CypherQuery]:
    """Every query of the library, sorted by name."""
    return list(_load())


def get_query(name: str) -> CypherQuery:
    """The query called ``name`` (the file stem; ``.cypher`` may be given)."""
    name = name[:-len(".cypher")] if name.endswith(".cypher") else name
    for q in _load():
        if q.name == name:
            return q
    known = ", ".join(q.name for q in _load())
    raise LibraryError(f"no Cypher query named {name!r} (known: {known})")
