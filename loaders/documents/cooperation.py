"""COOPERATES_WITH: two countries cooperating on materials (symmetric).

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Canada and Germany signed a partnership on lithium and nickel.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["status"], f.props["on"]) for f in cooperation_facts(s, doc)]
[('Canada', 'Germany', 'done', ['lithium', 'nickel'])]
"""

from __future__ import annotations

import re

from .context import DocState, Fact, Sent
from .data import pattern

__all__ = ["cooperation_facts"]

_PAIR_GAP = re.compile(r"^\s*(?:-|\u2013|\u2014|/)\s*$")
_AND_GAP = re.compile(r"^\s+and\s+(?:the\s+)?$")


def cooperation_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The COOPERATES_WITH facts of one sentence."""
    text = sent.text
    noun = pattern("cooperation", "noun")
    if not noun.search(text):
        return []
    cs = sent.of("Country", skip=("cited", "facility_part"))
    pairs = []
    for x, y in zip(cs, cs[1:]):
        if x.name == y.name:
            continue
        gap = text[x.end:y.start]
        if _PAIR_GAP.match(gap) and noun.match(text, y.end + 1):          # "U.S.-Japan supply chain"
            pairs.append((x, y, y.end))
        elif _AND_GAP.match(gap) and (pattern("cooperation", "between").search(text, 0, x.start)
                                      or re.search(r"\bbetween\s+(?:the\s+)?$", text[max(0, x.start - 12):x.start])):
            pairs.append((x, y, y.end))                                  # "cooperation between A and B"
        elif _AND_GAP.match(gap) and re.match(r"\s+(?:have\s+|had\s+)?(?:signed|agreed|reached|struck|inked|launched)\b.*?" + noun.pattern,
                                              text[y.end:], re.I):
            pairs.append((x, y, y.end))                                  # "A and B signed a framework"
    out = []
    seen = set()
    for x, y, end in pairs:
        if (x.name, y.name) in seen:
            continue
        seen.add((x.name, y.name))
        on = [m.name for m in sent.of(("Material",), end)]
        hedged = bool(pattern("cooperation", "proposed").search(text))
        status = "done" if pattern("cooperation", "done").search(text) and not hedged else "proposed"
        props = {"status": status, "hedged": hedged, "on": list(dict.fromkeys(on)) or None}
        out.append(Fact("COOPERATES_WITH", x.ref, y.ref, {k: v for k, v in props.items() if v is not None}, sent))
    return out
