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
from .shares import find_shares

__all__ = ["ownership_facts"]

ORGS = ("Firm", "Agency")


_APPOSITION = re.compile(r"^\s*,\s+(?:one\s+of|among|a|an|the)\s[^,;]{1,60},")
_LISTED_TAIL = re.compile(r"(?<=\s)(?:[A-Z][\w.]*\s+)?(?:[A-Z][\w.\-]*[\-\s])?(?:listed|based|headquartered|registered)\s+$")
# "owned by the Swedish engineering group Sandvik": the parent's description, not part of the cue
_DESCRIBED_TAIL = re.compile(r"(?<=\sby\s)(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:group|company|firm|miner|conglomerate|trader|"
                             r"trading\s+house|giant|maker|producer|fund|investor)\s+$")
# "SB Energy, a SoftBank Group unit": the parent named inside the apposition
_A_GAP = re.compile(r"\s*,\s*(?:a|an)\s+")
_UNIT_AFTER = re.compile(r"\s+(?:unit|subsidiary|affiliate|division|arm|offshoot)\b")
_LOCATOR_TAIL = re.compile(r"(?<=\s)[A-Z][\w.\-]*['\u2019]s\s+$")


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
    not_part = pattern("ownership", "not_part")
    for i, child in enumerate(orgs):
        nxt = orgs[i + 1:i + 2]
        if nxt and nxt[0].type == "Facility" and child.type in ORGS:
            # "X, the smelter in Hunan, is part of Y": the site in the apposition is not the parent
            nxt += [m for m in orgs[i + 2:] if m.type in ORGS][:1]
        for other in nxt:
            gap = text[child.end:other.start]
            if other.type not in ORGS or not_part.search(gap):
                continue  # "X, spun off from Y": no longer a part
            # "X, part of the Y" / "X, a unit of Y" / "X is owned by Y and Z" / "X, whose parent company Y"
            pm = pattern("ownership", "parent_of").search(gap)
            if pm is None and gap.startswith(","):
                # "Foo, one of China's largest producers, owns 22% of Chile's Bar": past the apposition
                # and the locator
                pm = pattern("ownership", "parent_of").search(_LOCATOR_TAIL.sub("", _APPOSITION.sub("", gap, count=1)))
            # "X is 85% owned by London-listed Y", "X, the antimony producer in Hunan, is part of Y": the
            # parent's listing and the child's apposition only describe them
            bare = _DESCRIBED_TAIL.sub("", _LISTED_TAIL.sub("", gap))
            if _A_GAP.fullmatch(gap) and _UNIT_AFTER.match(text, other.end):
                emit(child, other, {"relation": "subsidiary"})
                continue
            if pm is None and not pattern("ownership", "child_of").search(bare) and gap.startswith(","):
                bare = _APPOSITION.sub("", bare, count=1)
            if pm is None and pattern("ownership", "child_of").search(bare):
                parents = [p for p in sent.list_at(other, ORGS) if p.start >= other.start and "paren" not in p.tags]
                relation = "subsidiary" if child.type != "Facility" else "owned facility"
                if len(parents) > 1:
                    relation = "joint venture"
                elif re.search(r"majority|\d", gap):
                    relation = "majority-owned"
                for p in parents or [other]:
                    emit(child, p, {"relation": relation})
                continue
            # "Y's unit X" / "Y, the parent company of X" / "Y owns 80% of X" (a minority holding is an investment)
            if pm and (other.type in ORGS or child.type in ORGS):
                stake = _stake(pm.group("share")) if pm.group("share") else None
                if stake is not None and stake < 0.5:
                    if (other.ref, child.ref) not in seen:
                        out.append(Fact("INVESTS_IN", child.ref, other.ref,
                                        {"instrument": "equity", "stake": stake, "status": "done"}, sent))
                    continue
                props = {"relation": "subsidiary" if stake is None else "majority-owned"}
                if stake is not None:
                    props["stake"] = stake
                emit(other, child, props)
                continue
            # "the Pentagon's Office of Strategic Capital": an agency within an agency
            if child.type == other.type == "Agency" and pattern("ownership", "sub_agency").match(gap):
                emit(other, child, {"relation": "sub-agency"})
        # "X, a joint venture set up by Y and Z" / "by the two Japanese entities"
        if child.type in ("Firm", "Facility"):
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
            stake = next((s.value for s in find_shares(gap)), None)
            if stake is not None and stake < 0.5:  # "holds 20% of the mine": a minority investment
                out.append(Fact("INVESTS_IN", subject.ref, fac.ref,
                                {"instrument": "equity", "stake": stake, "status": "done"}, sent))
                continue
            emit(fac, subject, {"relation": "owned facility"} if stake is None
                 else {"relation": "majority-owned", "stake": stake})
        elif pattern("ownership", "facility_use").search(gap):
            emit(fac, subject, {"relation": "operated facility"})
        else:
            # "Glencore operates the Kamoto Copper Company and the Mutanda mine": the verb's list
            owner = _list_owner(sent, fac, firms)
            if owner is not None:
                emit(fac, owner, {"relation": "owned facility"})
    return out


_LIST_GLUE = re.compile(r"^(?:\s|,|and\b|the\b|\x00)*$")


def _list_owner(sent: Sent, fac, firms):
    """The firm whose verb of owning heads the list that ``fac`` closes, or None."""
    text = sent.text
    for f in reversed(firms):
        om = pattern("ownership", "operates").search(text, f.end, fac.start)
        if om is None or om.start() - f.end > 40:
            continue
        rest = list(text[om.end():fac.start])
        for m in sent.mentions:
            if om.end() <= m.start and m.end <= fac.start and m.type in ("Firm", "Facility"):
                rest[m.start - om.end():m.end - om.end()] = ["\x00"] * (m.end - m.start)
        return f if _LIST_GLUE.match("".join(rest)) else None
    return None


def _stake(text: str) -> float | None:
    shares = find_shares(text)
    return shares[0].value if shares else None


def _ref_mention(sent: Sent, type_: str, name: str):
    for m in sent.mentions:
        if m.type == type_ and m.name == name:
            return m
    from .mentions import Mention
    return Mention(type_, name, 0, 0, name)
