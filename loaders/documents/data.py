"""The document loader's data files: vocabularies and trigger phrases.

>>> triggers()["controls"]["ban"]
'\\\\b(?:ban\\\\w*|prohibit\\\\w*|not be permitted|barred|halt\\\\w*)\\\\b'
>>> pattern("controls", "ban").search("Beijing banned the sale").group(0)
'banned'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["entities", "triggers", "pattern", "lower_pattern"]


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    text = resources.files("loaders.documents.vocab").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def entities() -> dict:
    """``vocab/entities.yaml``: firms, non-entities, material rules, epithets."""
    return _load("entities")


def triggers() -> dict:
    """``vocab/triggers.yaml``: the regular-expression fragments of the edge rules."""
    return _load("triggers")


@lru_cache(maxsize=None)
def pattern(*path: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """The trigger at ``path`` in ``triggers.yaml``, compiled (case-insensitive by default)."""
    node = triggers()
    for key in path:
        node = node[key]
    return re.compile(node, flags)


@lru_cache(maxsize=None)
def lower_pattern(*path: str) -> re.Pattern:
    """The trigger at ``path`` compiled case-sensitively, for a lower-cased text.

    Python's ``re`` runs a long case-insensitive alternation several times slower than the same
    pattern on ``text.lower()``; use this for yes/no questions where offsets do not matter.

    >>> bool(lower_pattern("hedges").search("Japan COULD invest".lower()))
    True
    """
    node = triggers()
    for key in path:
        node = node[key]
    return re.compile(node)
