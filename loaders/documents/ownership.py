"""PART_OF: subsidiaries, joint ventures, and the facilities a firm owns or works.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Acme Rare Metals, a unit of Globex Holdings, runs the Big Hill mine.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["relation"]) for f in ownership_facts(s, doc)]
[('Acme Rare Metals', 'Globex Holdings', 'subsidiary'), ('Big Hill mine', 'Acme Rare Metals', 'owned facility')]
"""

from __future__ import annotations

import re

from .context import DocState, Fact, Sent
from .data import pattern

__all__ = ["ownership_facts"]

ORGS = ("Firm", "Agency")


def ownership_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The PART_OF facts of one sentence."""
    text = sent.text
    out: list[Fact] = []
    seen = set()

    def emit(child, parent, props):
        if child.ref == parent.ref or (child.ref, parent.ref) in seen:
            return
        seen.add((child.ref, parent.ref))
        out.append(Fact("PART_OF", child.ref, parent.ref, props, sent))

    orgs = [m for m in sent.mentions if m.type in ORGS + ("Facility",) and "cited" not in m.tags]
    for i, child in enumerate(orgs):
        # "X, part of the Y" / "X, a unit of Y" / "X, owned by Y"
        for parent in orgs[i + 1:i + 2]:
            if parent.type in ORGS and pattern("ownership", "child_of").search(text[child.end:parent.start]):
                emit(child, parent, {"relation": "subsidiary" if child.type != "Facility" else "owned facility"})
        # "X, a joint venture set up by Y and Z" / "by the two Japanese entities"
        if child.type == "Firm":
            jv = pattern("ownership", "joint_venture").match(text, child.end)
            if jv:
                after = [m for m in orgs if m.start >= jv.end() and m.type in ORGS]
                parents = []
                if after and after[0].start - jv.end() < 12:
                    parents = sent.list_at(after[0], ORGS)
                elif pattern("ownership", "the_two").match(text, jv.end() + 1) or pattern("ownership", "the_two").search(text, jv.end(), jv.end() + 40):
                    before = [m for m in orgs if m.end <= child.start and m.type in ORGS and "paren" not in m.tags]
                    if before:  # "the two entities": the subject pair of the sentence
                        parents = sent.list_at(before[0], ORGS)
                for p in parents:
                    if "paren" not in p.tags:
                        emit(child, p, {"relation": "joint venture"})
    for fac in sent.of("Facility", skip=()):
        owner = fac.props.get("owner")
        if owner:
            emit(fac, _ref_mention(sent, "Firm", owner), {"relation": "owned facility"})
            continue
        firms = [m for m in sent.of("Firm", 0, fac.start, skip=("cited", "paren")) if m.ref != fac.ref]
        if not firms:
            continue
        parents = {p for _, p in seen}
        subject = next((f for f in firms if f.ref not in parents), firms[0])  # the clause's subject firm
        gap = text[subject.end:fac.start]
        if pattern("ownership", "operates").search(gap) and len(gap) < 120:
            emit(fac, subject, {"relation": "owned facility"})
        elif pattern("ownership", "facility_use").search(gap):
            emit(fac, subject, {"relation": "operated facility"})
    return out


def _ref_mention(sent: Sent, type_: str, name: str):
    for m in sent.mentions:
        if m.type == type_ and m.name == name:
            return m
    from .mentions import Mention
    return Mention(type_, name, 0, 0, name)
