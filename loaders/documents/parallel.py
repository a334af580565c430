"""Extraction of many article files, on one core or several, in file order.

Each file is read and extracted on its own (the extractor keeps no state
between documents), so worker processes can take files in any order; results
come back in the order of the files, and the output is the same, byte for
byte, whatever the number of jobs. Work is streamed: at most a few chunks of
files are in flight, so memory does not grow with the number of files.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Chile mines 24% of the world's lithium.")
>>> _ = (d / "b.txt").write_bytes(b"\\x00\\x01")
>>> [(p.name, type(r).__name__) for p, r in extract_paths([d / "a.txt", d / "b.txt"])]
[('a.txt', 'list'), ('b.txt', 'BadDocument')]
"""

from __future__ import annotations

import multiprocessing
import os
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from graph import Edge, Node

from .extract import extract_text
from .reading import BadDocument, read_document

__all__ = ["extract_paths", "job_count"]

_CHUNK = 4  # files per task: few enough to keep the workers busy to the end, enough to pay for the pickling


def job_count(jobs: int) -> int:
    """The number of worker processes for ``jobs`` (0 means one per core)."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def _one(path: Path, learned: bool = True) -> list[Node | Edge] | BadDocument:
    try:
        text = read_document(path)
    except BadDocument as exc:
        return exc
    return list(extract_text(text, path.name, learned=learned))


def _chunk(paths: list[Path], learned: bool = True) -> list:
    return [_one(p, learned) for p in paths]


def _chunks(paths: Iterable[Path], size: int) -> Iterator[list[Path]]:
    it = iter(paths)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_paths(paths: Iterable[str | os.PathLike], jobs: int = 1,
                  learned: bool = True) -> Iterator[tuple[Path, list | BadDocument]]:
    """``(path, records)`` for each file, in order; ``records`` is a BadDocument for a bad file.

    ``jobs`` worker processes extract the files (1: in this process; 0: one per core);
    ``learned=False`` leaves out the pair model's edges (see :mod:`.pairs`).
    """
    paths = [Path(p) for p in paths]
    n = min(job_count(jobs), max(1, len(paths)))
    if n == 1:
        for p in paths:
            yield p, _one(p, learned)
        return
    # fork shares the loaded vocabularies with the workers (built once, here: the gazetteer
    # alone takes about half a second); elsewhere the default start method
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    if method == "fork":
        list(extract_text("Chile mines lithium.", "warm-up", learned=learned))
    with multiprocessing.get_context(method).Pool(n) as pool:
        done = iter(paths)
        for results in pool.imap(partial(_chunk, learned=learned), _chunks(paths, _CHUNK)):
            for r in results:
                yield next(done), r
