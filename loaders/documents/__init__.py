"""The document loader: English news articles into nodes and edges, with provenance.

Rule-based and offline: one gazetteer pass (countries, materials, firms,
agencies from ``graph/vocab`` and ``vocab/entities.yaml``), a light sentence
splitter, and per-sentence rules whose trigger phrases live in
``vocab/triggers.yaml``; then a learned second reader for entity pairs the
rules left unlinked (:mod:`.pairs`; its edges say ``found_by: learned``).
Every edge carries the document, the sentence and its character offsets.

>>> recs = list(extract_text("Japan's JOGMEC will invest A$200 million in Acme Rare Earths Ltd.", "n.txt"))
>>> [(r.type, r.props.get("status"), r.props.get("currency")) for r in recs if isinstance(r, Edge)]
[('INVESTS_IN', 'committed', 'AUD')]
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path
from typing import Iterable, Iterator

from graph import Edge, Node

from .extract import extract_facts, extract_text
from .output import document_json
from .parallel import extract_paths, job_count
from .reading import BadDocument, iter_document_paths, read_document, strip_markup

__all__ = ["load_documents", "extract_text", "extract_file", "extract_facts", "extract_paths", "document_json",
           "read_document", "strip_markup", "BadDocument", "job_count"]

log = logging.getLogger(__name__)


def extract_file(path: str | os.PathLike) -> list[Node | Edge]:
    """Records of one article file (raises BadDocument for a bad file)."""
    path = Path(path)
    return list(extract_text(read_document(path), path.name))


def _progress(results, enabled: bool, total: int):
    if not enabled or total < 2:
        return results
    from tqdm import tqdm

    return tqdm(results, desc="documents", unit="doc", total=total)


def load_documents(paths: Iterable[str | os.PathLike], progress: bool = False,
                   skipped: list | None = None, jobs: int = 1, learned: bool = True) -> Iterator[Node | Edge]:
    """Records of every article in ``paths`` (files or folders), one document at a time, in file order.

    A bad file (binary, not UTF-8, empty, one giant line) is warned about,
    appended to ``skipped`` as ``(path, reason)`` and skipped; the others load.
    ``jobs`` worker processes share the extraction (0: one per core); the
    records are the same whatever their number. ``learned=False`` leaves out
    the pair model's edges (the rules alone: see :mod:`.pairs`).
    """
    files = list(iter_document_paths(paths))
    for path, records in _progress(extract_paths(files, jobs, learned), progress, len(files)):
        if isinstance(records, BadDocument):
            warnings.warn(f"skipped document {records}", stacklevel=2)
            log.warning("skipped document %s", records)
            if skipped is not None:
                skipped.append((str(path), records.reason))
            continue
        yield from records
