"""Records of one document as a JSON object in the gold annotation shape.

>>> from .extract import extract_text
>>> out = document_json("a.txt", extract_text("Beijing banned exports of antimony to the U.S. on Monday.", "a.txt"))
>>> [n for n in out["nodes"] if n["type"] == "ExportControl"][0]["imposer"]
'China'
>>> e = out["edges"][0]
>>> e["type"], e["target"], e["imposer"], e["target_country"], e["evidence"][:15]
('RESTRICTS', 'antimony', 'China', 'United States', 'Beijing banned ')
"""

from __future__ import annotations

from typing import Iterable

from graph import Edge, Node

__all__ = ["document_json"]


def document_json(doc_name: str, records: Iterable[Node | Edge]) -> dict:
    """``{"doc", "nodes", "edges"}`` with canonical names, properties and evidence sentences."""
    nodes, edges, by_id = [], [], {}
    for r in records:
        if isinstance(r, Node):
            by_id[r.id] = r
            item = {"type": r.type, "name": r.name}
            if r.aliases:
                item["aliases"] = list(r.aliases)
            item.update(r.props)
            if r.type == "ExportControl":
                item.setdefault("target_country", None)
            nodes.append(item)
        else:
            src, tgt = by_id[r.source], by_id[r.target]
            item = {"type": r.type, "source": src.name, "target": tgt.name}
            if r.type == "RESTRICTS":
                item["imposer"] = src.props.get("imposer")
                item["target_country"] = src.props.get("target_country")
            item.update(r.props)
            s = r.sources[0]
            item.update(evidence=s.sentence, start=s.start, end=s.end)
            edges.append(item)
    return {"doc": doc_name, "nodes": nodes, "edges": edges}
