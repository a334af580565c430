"""Load the data model from ``spec/schema.yaml`` and check records against it.

>>> s = load_schema()
>>> "SUPPLIES" in s.edge_types and "Country" in s.node_types
True
>>> s.check_edge("SUPPLIES", "Country", "Material", {"share": 0.7, "stage": "mine"})
{'share': 0.7, 'stage': 'mine'}
>>> s.check_edge("SUPPLIES", "Material", "Country", {})
Traceback (most recent call last):
...
graph.errors.SchemaError: SUPPLIES cannot go from Material to Country (allowed: Country, Firm, Facility -> Material, Technology, Industry)
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import SchemaError

__all__ = ["Schema", "PropertySpec", "EdgeSpec", "NodeSpec", "load_schema", "parse_date"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_KINDS = {"str", "int", "float", "bool", "date", "list", "enum", "share"}


def parse_date(value: Any) -> str:
    """Return a date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise.

    >>> parse_date("2025-04-04"), parse_date("2024-09"), parse_date(2026)
    ('2025-04-04', '2024-09', '2026')
    >>> parse_date("2025-13-01")
    Traceback (most recent call last):
    ...
    ValueError: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '2025-13-01'
    """
    text = str(value).strip()
    if _DATE.match(text):
        parts = [int(p) for p in text.split("-")]
        try:
            _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
            return text
        except ValueError:
            pass
    raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")


@dataclass(frozen=True)
class PropertySpec:
    name: str
    kind: str
    values: tuple[str, ...] = ()
    key: bool = False
    description: str = ""
    every_source: bool = False  # kept on a merged edge only when every source states it (a marker of doubt)

    def coerce(self, value: Any) -> Any:
        """Return ``value`` in this property's kind; raise ValueError when it does not fit."""
        k = self.kind
        if k == "str":
            return str(value)
        if k == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError(f"not a whole number: {value!r}")
            return int(value)
        if k in ("float", "share"):
            if isinstance(value, bool):
                raise ValueError(f"not a number: {value!r}")
            num = float(value)
            if num != num or num in (float("inf"), float("-inf")):
                raise ValueError(f"not a finite number: {value!r}")
            if k == "share" and not 0.0 <= num <= 1.0:
                raise ValueError(f"share must lie in 0..1, got {value!r}")
            return num
        if k == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("true", "yes", "1"):
                return True
            if text in ("false", "no", "0"):
                return False
            raise ValueError(f"not true/false: {value!r}")
        if k == "date":
            return parse_date(value)
        if k == "list":
            items = value if isinstance(value, (list, tuple)) else str(value).split(";")
            return sorted({str(v).strip() for v in items if str(v).strip()})
        if k == "enum":
            if value not in self.values:
                raise ValueError(f"{value!r} is not one of {', '.join(self.values)}")
            return value
        raise ValueError(f"unknown property kind {k!r}")  # pragma: no cover - load checks kinds


@dataclass(frozen=True)
class NodeSpec:
    name: str
    description: str
    colour: str
    properties: dict[str, PropertySpec] = field(default_factory=dict)


@dataclass(frozen=True)
class EdgeSpec:
    name: str
    description: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    properties: dict[str, PropertySpec] = field(default_factory=dict)
    symmetric: bool = False

    @property
    def key_properties(self) -> tuple[str, ...]:
        return tuple(p for p, spec in self.properties.items() if spec.key)

    @property
    def every_source_properties(self) -> frozenset[str]:
        """Properties a merged edge keeps only when all of its sources state them."""
        return frozenset(p for p, spec in self.properties.items() if spec.every_source)


def _props(raw: dict | None, where: str) -> dict[str, PropertySpec]:
    out = {}
    for name, spec in (raw or {}).items():
        kind = spec.get("kind")
        if kind not in _KINDS:
            raise SchemaError(f"{where}.{name}: unknown property kind {kind!r}")
        if kind == "enum" and not spec.get("values"):
            raise SchemaError(f"{where}.{name}: an enum needs values")
        out[name] = PropertySpec(name, kind, tuple(spec.get("values") or ()),
                                 bool(spec.get("key")), spec.get("description", ""), bool(spec.get("every_source")))
    return out


class Schema:
    """The node and edge types, their properties and allowed endpoints."""

    def __init__(self, data: dict):
        self.node_types: dict[str, NodeSpec] = {
            name: NodeSpec(name, spec.get("description", ""), spec.get("colour", "#999999"),
                           _props(spec.get("properties"), name))
            for name, spec in data["nodes"].items()
        }
        self.edge_types: dict[str, EdgeSpec] = {}
        for name, spec in data["edges"].items():
            for end in ("source", "target"):
                unknown = set(spec[end]) - set(self.node_types)
                if unknown:
                    raise SchemaError(f"edge {name}: unknown {end} type(s) {sorted(unknown)}")
            self.edge_types[name] = EdgeSpec(name, spec.get("description", ""), tuple(spec["source"]),
                                             tuple(spec["target"]), _props(spec.get("properties"), name),
                                             bool(spec.get("symmetric")))

    def check_node_type(self, node_type: str) -> NodeSpec:
        try:
            return self.node_types[node_type]
        except KeyError:
            raise SchemaError(f"unknown node type {node_type!r} (known: {', '.join(self.node_types)})") from None

    def check_edge_type(self, edge_type: str) -> EdgeSpec:
        try:
            return self.edge_types[edge_type]
        except KeyError:
            raise SchemaError(f"unknown edge type {edge_type!r} (known: {', '.join(self.edge_types)})") from None

    def check_node(self, node_type: str, props: dict) -> dict:
        """Return ``props`` coerced to the node type's property kinds."""
        spec = self.check_node_type(node_type)
        return _coerce(spec.properties, props, node_type)

    def check_edge(self, edge_type: str, source_type: str, target_type: str, props: dict) -> dict:
        """Check endpoints and return ``props`` coerced; raise SchemaError naming what is wrong."""
        spec = self.check_edge_type(edge_type)
        if source_type not in spec.source or target_type not in spec.target:
            raise SchemaError(
                f"{edge_type} cannot go from {source_type} to {target_type} "
                f"(allowed: {', '.join(spec.source)} -> {', '.join(spec.target)})")
        return _coerce(spec.properties, props, edge_type)


def _coerce(specs: dict[str, PropertySpec], props: dict, owner: str) -> dict:
    out = {}
    for name, value in props.items():
        if value is None or value == "" or value == []:
            continue
        if name not in specs:
            raise SchemaError(f"{owner} has no property {name!r} (known: {', '.join(specs) or 'none'})")
        try:
            out[name] = specs[name].coerce(value)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"{owner}.{name}: {exc}") from None
    return out


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    """The packaged schema (cached: it never changes within a process)."""
    text = resources.files("graph.spec").joinpath("schema.yaml").read_text(encoding="utf-8")
    return Schema(yaml.safe_load(text))
