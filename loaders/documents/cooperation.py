"""COOPERATES_WITH: two countries cooperating on materials (symmetric).

A pair is found when a cooperation noun names it ("U.S.-Japan partnership", "the Australia-India Critical Minerals
Partnership", "cooperation between A and
B"), when a list of countries is the subject of a verb of agreeing ("A, B and C signed a framework",
"A and B have discussed a partnership", "A and B agreed to cooperate"), or the agents of one ("the
project, agreed by A, B and C", "a pact that A and B signed"), or when a country pursues a cooperation noun (or
joint work: "joint monitoring") "with" another ("A is discussing closer cooperation with B"). A list gives every
pair of its members.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Canada and Germany signed a partnership on lithium and nickel.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["status"], f.props["on"]) for f in cooperation_facts(s, doc)]
[('Canada', 'Germany', 'done', ['lithium', 'nickel'])]
>>> s = annotate("Brussels is discussing closer cooperation on graphite with Tokyo.", 0, 1, doc)
>>> [(f.source[1], f.target[1], f.props["status"]) for f in cooperation_facts(s, doc)]
[('European Union', 'Japan', 'proposed')]
"""

from __future__ import annotations

import re
from itertools import combinations

from .context import DocState, Fact, Sent
from .data import pattern

__all__ = ["cooperation_facts"]

_PAIR_GAP = re.compile(r"^\s*(?:-|\u2013|\u2014|/)\s*$")
_SKIP = ("cited", "facility_part", "locator")
_JOINT_WORDS = ("operat", "collaborat", "together", "jointly", "closely")
_NEVER = re.compile(r"(?!)")
# a country after a preposition is an object, never the subject of a later verb ("exports copper to China, signed")
_OBJECT_BEFORE = re.compile(r"\b(?:to|from|with|in|on|for|of|into|against|than|by|at)\s+(?:the\s+)?$", re.I)


def _noun_after(text: str, pos: int, noun) -> bool:
    """A cooperation noun right after ``pos`` or past up to four words naming its subject ("U.S.-Japan critical
    minerals agreement", "the Australia-India Critical Minerals Investment Partnership")."""
    at = pos
    for _ in range(4):
        if not text.startswith(" ", at):
            return False
        if noun.match(text, at + 1):
            return True
        nxt = text.find(" ", at + 1)
        word = text[at + 1:nxt]
        if nxt < 0 or not re.fullmatch(r"[\w\-]+", word) or word in _NOT_A_MODIFIER or word.endswith("ed"):
            return False  # "the China-Myanmar border crossing reopened after talks": a verb ends the phrase
        at = nxt
    return False


_NOT_A_MODIFIER = frozenset("after before on in at with and or the a an of to for from by was were is are has have had "
                            "will would could may said says".split())


def cooperation_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The COOPERATES_WITH facts of one sentence."""
    text = sent.text
    noun = pattern("cooperation", "noun")
    joint = pattern("cooperation", "joint_verb")
    low = text.lower()
    # a verb of working together needs one of its words (a literal test: the pattern is slow to search)
    if not any(w in low for w in _JOINT_WORDS):
        joint = _NEVER
    if not (joint is not _NEVER or noun.search(text) or " by " in text):
        return []
    cs = sent.of("Country", skip=_SKIP)
    groups: list[tuple[list, int]] = []   # (countries cooperating, where the statement's object starts)
    for x, y in zip(cs, cs[1:]):
        if x.name != y.name and _PAIR_GAP.match(text[x.end:y.start]) and _noun_after(text, y.end, noun):
            groups.append(([x, y], y.end))  # "U.S.-Japan supply chain", "the Australia-India Critical Minerals Partnership"
    done = set()
    for c in cs:
        if c.start in done:
            continue
        items = [m for m in sent.list_at(c, ("Country",)) if m.tags.isdisjoint(_SKIP)]
        done.update(m.start for m in items)
        if len({m.name for m in items}) < 2:
            continue
        first, last = items[0], items[-1]
        before = text[max(0, first.start - 40):first.start]
        if pattern("cooperation", "between").search(before):
            # "cooperation between A and B", "a deal signed between A and B" (not "tensions between A and B")
            if noun.search(text, max(0, first.start - 70), first.start) or noun.match(text, last.end + 1):
                groups.append((items, last.end))
        elif pattern("cooperation", "agreed_by").search(before):
            groups.append((items, last.end))                            # "the pact, agreed by A, B and C"
        else:
            vm = pattern("cooperation", "subject_verb").match(text, last.end)
            if joint.match(text, last.end) or vm and (
                    joint.match(text, vm.end()) or noun.search(text, vm.end(), sent.clause_of(vm.end())[1])):
                groups.append((items, last.end))                        # "A and B signed a framework"
            elif vm and pattern("cooperation", "relative_before").search(before) \
                    and noun.search(text, max(0, first.start - 70), first.start):
                groups.append((items, last.end))                        # "a pact that A and B signed"
    groups += _with_pairs(sent, cs, noun)
    if "two " in text or "both " in text:
        groups += _the_two(sent, doc, noun)
    out = []
    seen = set()
    hedged = bool(pattern("cooperation", "proposed").search(text))
    status = "done" if pattern("cooperation", "done").search(text) and not hedged else "proposed"
    for items, end in groups:
        on = list(dict.fromkeys(m.name for m in sent.of(("Material",), end))) or None
        for x, y in combinations(items, 2):
            if x.name == y.name or (x.name, y.name) in seen or (y.name, x.name) in seen:
                continue
            seen.add((x.name, y.name))
            props = {"status": status, "hedged": hedged, "on": on}
            out.append(Fact("COOPERATES_WITH", x.ref, y.ref, {k: v for k, v in props.items() if v is not None}, sent))
    return out


_THE_TWO = re.compile(r"\b(?:the\s+)?(?:two|both)\s+(?:governments|countries|nations|capitals)\b", re.I)


def _the_two(sent: Sent, doc: DocState, noun) -> list[tuple[list, int]]:
    """"Washington has sought a role in Congo. [...] The two governments signed a partnership": the pair is the two
    countries of the latest earlier sentence (of the last two) naming exactly two."""
    text = sent.text
    out = []
    for hit in _THE_TWO.finditer(text):
        vm = pattern("cooperation", "subject_verb").match(text, hit.end())
        said = vm is not None and noun.search(text, vm.end(), sent.clause_of(vm.end())[1])
        if not said and not (vm and pattern("cooperation", "relative_before").search(text, max(0, hit.start() - 12), hit.start())
                             and noun.search(text, max(0, hit.start() - 70), hit.start())):
            continue
        if len({m.name for m in sent.of("Country", 0, hit.start(), skip=_SKIP)}) >= 2:
            continue  # "the Japan-Australia Partnership, which the two governments signed": the pair named here
        pair = None
        for back in (1, 2):
            names = {}
            for idx, m in doc.history:
                if idx == sent.index - back and m.type == "Country" and m.tags.isdisjoint(_SKIP):
                    names.setdefault(m.name, m)
            if names:
                pair = list(names.values()) if len(names) == 2 else None
                break
        if pair is not None:
            out.append((pair, hit.end()))
    return out


def _with_pairs(sent: Sent, cs, noun) -> list[tuple[list, int]]:
    """"Brussels is discussing closer cooperation with Tokyo", "Jakarta has floated a similar arrangement
    with Washington": the subject country pursues the noun with the country after "with"."""
    text = sent.text
    out = []
    taken = set()
    for b in cs:
        if not pattern("cooperation", "with").search(text, max(0, b.start - 12), b.start) or b.start in taken:
            continue
        lo, _ = sent.clause_of(b.start)
        subjects = [a for a in cs if lo <= a.start and a.end <= b.start and a.name != b.name]
        if not subjects:
            continue
        a = subjects[0]
        verb = None
        for verb in pattern("cooperation", "pursues").finditer(text, a.end, b.start):
            pass
        if verb is not None:  # "U.S. tariffs ..., and Canada signed a partnership with the EU": the verb's subject
            a = ([c for c in subjects if c.end <= verb.start()
                  and not _OBJECT_BEFORE.search(text, max(0, c.start - 12), c.start)] or [a])[-1]
        nm = None
        for nm in noun.finditer(text, a.end, b.start):
            pass  # the last cooperation noun before "with"
        if nm is None or b.start - nm.end() > 60:
            continue
        if pattern("cooperation", "pursues").search(text, a.end, nm.start()):
            # "deals with Bolivia and Argentina": each partner in the list after "with"
            partners = [m for m in sent.list_at(b, ("Country",)) if m.start >= b.start and m.tags.isdisjoint(_SKIP)]
            out += [([a, p], a.end) for p in partners if p.name != a.name]
            taken.update(p.start for p in partners)
    # "Jakarta has asked Washington for a minerals agreement": the noun asked of the second country
    for a, b in zip(cs, cs[1:]):
        if a.name != b.name and pattern("cooperation", "asks").fullmatch(text, a.end, b.start) \
                and noun.search(text, b.end, b.end + 60):
            out.append(([a, b], b.end))
    return out
