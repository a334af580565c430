"""Sites described before they are named: "a stake in a platinum project in South Africa. [...] Kgalagadi, which
owns the Sefateng project, ...". An investment whose recipient is such a description takes the site of that kind
named within the next sentences; the edge rules call ``name_described`` on each sentence they read.

Also kept here, per document: each investor's last recipient ("finance half of Hoshino's outlay" funds what
Hoshino pays for).

>>> from .annotate import annotate
>>> from .context import DocState, Fact
>>> doc = DocState("d")
>>> s = annotate("Sojitz will buy a stake in a platinum project in South Africa.", 0, 0, doc)
>>> site = [m for m in s.mentions if m.type == "Facility"][0]
>>> f = Fact("INVESTS_IN", ("Firm", "Sojitz"), site.ref, {}, s)
>>> note_described(doc, 0, site, f, f.source)
>>> doc.remember(s)
>>> s = annotate("Acme Mining Corp owns the Redhill project.", 0, 1, doc)
>>> name_described(doc, s)
>>> f.target
('Facility', 'Redhill project')
"""

from __future__ import annotations

import re

from .context import DocState, Fact, Sent
from .mentions import Mention

__all__ = ["invest_memo", "note_described", "name_described"]

_DESCRIBED_SITE = re.compile(r"(?:a|an)\s+.*?\b(project|plant|mine|refinery|smelter|factory|facility|complex|operation|"
                             r"deposit|works)\b", re.I)
_LOOKAHEAD = 3  # sentences within which a site described first is named
_NOT_NAMED = frozenset(("locator", "cited", "facility_part"))


def invest_memo(doc: DocState) -> dict:
    """The investment rules' memory of a document: "by", each investor's last recipient (by ref), and
    "described", the facts whose recipient is a site described but not yet named."""
    return doc.invest_memo


def note_described(doc: DocState, index: int, site: Mention, fact: Fact, investor: tuple) -> None:
    """Remember ``fact`` of sentence ``index`` when its recipient ``site`` is only described ("a copper mine")."""
    # only described: no name of its own beside its place in brackets ("cobalt refinery project (Zambia)");
    # "a large mine at Sangdong" is named
    if site.type == "Facility" and _DESCRIBED_SITE.match(site.text) and site.name.split(" (")[0].islower():
        invest_memo(doc)["described"].append((index, site, fact, investor))


def name_described(doc: DocState, sent: Sent) -> None:
    """Give the remembered facts the site of their kind named after them (in the sentences read, up to ``sent``)."""
    memo = invest_memo(doc)
    if not memo["described"]:
        return
    named_sites = [(i, m) for i, m in doc.history if m.type == "Facility"] + \
                  [(sent.index, m) for m in sent.mentions if m.type == "Facility"]
    keep = []
    for idx, site, fact, investor in memo["described"]:
        head = _DESCRIBED_SITE.match(site.text).group(1).lower()
        named = next((m for i, m in named_sites if idx < i <= idx + _LOOKAHEAD and m.text[:1].isupper()
                      and head in m.name.lower() and not m.tags & _NOT_NAMED), None)
        if named is not None:
            fact.target = named.ref
            if doc.last_invest_target is site:
                doc.last_invest_target = named
            if memo["by"].get(investor) is site:
                memo["by"][investor] = named
        elif sent.index < idx + _LOOKAHEAD:
            keep.append((idx, site, fact, investor))
    memo["described"] = keep
