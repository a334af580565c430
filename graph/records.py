"""The interchange records every stage passes on: Source, Node and Edge.

Loaders yield them, :func:`graph.model.add_records` merges them into a graph,
and the writers (file, Neo4j, HTML) read the merged graph back.

>>> n = Node("Country", "China")
>>> n.id
'country:china'
>>> e = Edge("SUPPLIES", node_id("Country", "China"), node_id("Material", "rare earths"),
...          {"stage": "mine", "share": 0.692},
...          sources=(Source.from_table("data/production.csv", 2, "https://example.org/usgs"),))
>>> e.key
'SUPPLIES|mine'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .schema import load_schema

__all__ = ["Source", "Node", "Edge", "node_id", "slug"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-'; non-Latin names fall back to a hash.

    >>> slug("Lynas Rare Earths"), slug("Ministry of Commerce (China)"), slug("Côte d'Ivoire")
    ('lynas-rare-earths', 'ministry-of-commerce-china', 'cote-d-ivoire')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if not out:
        out = "h" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return out


def node_id(node_type: str, name: str) -> str:
    """Deterministic id from a node's type and canonical name."""
    return f"{node_type.lower()}:{slug(name)}"


@dataclass(frozen=True)
class Source:
    """Where a fact was read: a document sentence or a table row.

    ``claim`` holds the properties this source states, so that two sources that
    disagree (two shares for one supply position) both stay visible.
    """

    kind: str  # "document" or "table"
    document: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    table: str | None = None
    row: int | None = None
    source_url: str | None = None
    claim: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def from_table(cls, table: str, row: int, source_url: str | None, claim: dict | None = None) -> "Source":
        return cls("table", table=table, row=row, source_url=source_url or None,
                   claim=_freeze(claim or {}))

    @classmethod
    def from_document(cls, document: str, sentence: str, start: int, end: int,
                      claim: dict | None = None, source_url: str | None = None) -> "Source":
        return cls("document", document=document, sentence=sentence, start=start, end=end,
                   source_url=source_url, claim=_freeze(claim or {}))

    def with_claim(self, claim: dict) -> "Source":
        return Source(**{**self.__dict__, "claim": _freeze(claim)})

    def to_dict(self) -> dict:
        out = {k: v for k, v in self.__dict__.items() if v is not None and k != "claim"}
        if self.claim:
            out["claim"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.claim}
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Source":
        data = dict(data)
        claim = data.pop("claim", {})
        return cls(**data, claim=_freeze(claim))

    @property
    def location(self) -> tuple:
        """A sortable identity: the same location is the same source."""
        if self.kind == "table":
            return ("table", self.table or "", self.row or 0, 0)
        return ("document", self.document or "", self.start or 0, self.end or 0)


def _freeze(claim: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                        for k, v in claim.items() if v is not None and v != ""))


@dataclass(frozen=True)
class Node:
    """A node record: type, canonical name, properties, surface forms seen, sources."""

    type: str
    name: str
    props: dict = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    @property
    def id(self) -> str:
        return node_id(self.type, self.name)


@dataclass(frozen=True)
class Edge:
    """An edge record between two node ids, with properties and at least one source."""

    type: str
    source: str  # node id
    target: str  # node id
    props: dict = field(default_factory=dict)
    sources: tuple[Source, ...] = ()

    @property
    def key(self) -> str:
        """The edge's identity among parallel edges: its type and its schema key properties."""
        spec = load_schema().edge_types.get(self.type)
        keys = spec.key_properties if spec else ()
        return "|".join([self.type] + [str(self.props.get(k) or "") for k in keys])
