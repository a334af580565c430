"""Agencies named by their role ("the industry ministry", "the country's mining regulator").

A role phrase names a known agency (``roles`` in ``graph/vocab/agencies.yaml``) of the country
the text gives with it ("Korea's industry ministry", "the Korean industry ministry") or, failing
that, of the last country named before it that has an agency with that role.

>>> from .context import DocState
>>> from .gazetteer import gazetteer
>>> text = "Seoul will expand its graphite stockpile, the industry ministry said."
>>> [(m.type, m.name) for m in find_role_agencies(text, gazetteer().find(text), DocState("d"))]
[('Agency', 'Ministry of Trade, Industry and Energy (South Korea)')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.names import vocabulary

from .context import DocState
from .gazetteer import trie_regex
from .mentions import Mention

__all__ = ["find_role_agencies"]


@lru_cache(maxsize=1)
def _roles() -> tuple[re.Pattern, re.Pattern, dict]:
    """The role matcher, a cheap gate on the lower-cased text, and role -> {country: agency}."""
    table: dict[str, dict[str, str]] = {}
    for canonical, spec in vocabulary("agencies")["agencies"].items():
        for role in spec.get("roles", []) or []:
            table.setdefault(role.lower(), {})[spec.get("country")] = canonical
    rx = re.compile(r"(?<![\w\-])(?:" + trie_regex(sorted(table)) + r")(?![\w\-])", re.I)
    heads = sorted({r.split()[-1] for r in table})
    return rx, re.compile("|".join(heads)), table


# what may stand between a country and the role: "Korea's", "the Korean", "the country's"
_OWN_GAP = re.compile(r"(?:['\u2019]s\s+|\s+)(?:(?:new|own|powerful|top)\s+)?$")


def find_role_agencies(text: str, mentions: list[Mention], doc: DocState) -> list[Mention]:
    """Agency mentions for role phrases in ``text`` whose country can be told."""
    rx, gate, table = _roles()
    if not gate.search(text.lower()):
        return []
    out = []
    countries = [m for m in mentions if m.type == "Country"]
    for hit in rx.finditer(text):
        by_country = table[" ".join(hit.group(0).lower().split())]
        before = [c for c in countries if c.end <= hit.start()]
        agency = None
        if before and _OWN_GAP.fullmatch(text, before[-1].end, hit.start()):
            agency = by_country.get(before[-1].name)  # "Korea's industry ministry": that country's or none
        else:
            for c in reversed(before):
                agency = by_country.get(c.name)
                if agency:
                    break
            else:
                agency = next((by_country[m.name] for _, m in reversed(doc.history)
                               if m.type == "Country" and m.name in by_country), None)
        if agency:
            out.append(Mention("Agency", agency, hit.start(), hit.end(), hit.group(0),
                               props={"country": next(c for c, a in by_country.items() if a == agency)}))
    return out
