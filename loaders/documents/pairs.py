"""A learned second reader: edges between two entities of one sentence that no rule linked.

The rules are precise on wordings they were written for and silent on others.
This backoff looks at every pair of named entities in a sentence whose types
fit SUPPLIES, PRODUCES, INVESTS_IN, PART_OF or RESTRICTS (a country and an item
it restricts: the edge starts at the country's measure) and which no rule
linked anywhere in the document, and scores the pair with a linear model over
the words between and around the two names, their types and order, and what
the rules did with the sentence. The model is data (``vocab/pair_model.json``), trained
by :mod:`loaders.documents.pairs_train` on our own annotated articles; its
edges carry ``found_by: learned`` so that a user can weigh or drop them.

>>> from loaders.documents.mentions import Mention
>>> from loaders.documents.context import Sent
>>> s = Sent("Chile mines lithium.", 0, 0, [Mention("Country", "Chile", 0, 5, "Chile"),
...          Mention("Material", "lithium", 12, 19, "lithium")])
>>> sorted(pair_features(s, s.mentions[0], s.mentions[1], []))[:4]
['B:mines', 'Country>Material:ab', 'Country>Material:ab:B:mines', 'Country>Material:ab:F:mines']
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .context import Fact, Sent
from .data import lower_pattern, triggers
from .mentions import Mention

__all__ = ["pair_facts", "pair_features", "candidate_pairs", "candidate_types", "load_model", "score_pair",
           "rule_facts_by_sentence", "EDGE_ENDS"]

# the edge types the model may add, with the mention types each allows at its ends (triggers.yaml)
EDGE_ENDS = {kind: (frozenset(src), frozenset(tgt)) for kind, (src, tgt) in triggers()["pairs"]["ends"].items()}
NONE = "NONE"
_WORD = re.compile(r"[a-z]+|\d+|[%$\u20ac\u00a3\u00a5]")
_MAX_SENTENCE = 2000


def candidate_types(a: Mention, b: Mention) -> list[str]:
    """Edge types that may run from ``a`` to ``b``.

    >>> candidate_types(Mention("Firm", "Acme", 0, 4, "Acme"), Mention("Firm", "Globex", 9, 15, "Globex"))
    ['INVESTS_IN', 'PART_OF']
    """
    return _types_between(a.type, b.type)


@lru_cache(maxsize=None)
def _types_between(source_type: str, target_type: str) -> list[str]:
    return [t for t, (src, tgt) in EDGE_ENDS.items() if source_type in src and target_type in tgt]


def pair_features(sent: Sent, a: Mention, b: Mention, ruled: list[Fact]) -> list[str]:
    """What the model sees of the pair (a -> b) in ``sent``; ``ruled``: the rule facts of the sentence."""
    text, ms = sent.text, sent.mentions
    lo, hi = (a, b) if a.start < b.start else (b, a)
    tp = f"{a.type}>{b.type}:{'ab' if a is lo else 'ba'}"
    between = _WORD.findall(text[lo.end:hi.start].lower())
    f = [tp, "bias", f"{tp}:d{min(len(between), 12) // 3}"]
    for w in set(between):
        f += ("B:" + w, tp + ":B:" + w)
    if between:
        f += ("F:" + between[0], "L:" + between[-1], tp + ":F:" + between[0], tp + ":L:" + between[-1])
        if len(between) > 1:
            f += ("F2:" + " ".join(between[:2]), "L2:" + " ".join(between[-2:]))
    else:
        f.append("EMPTY")
    f += ["P:" + w for w in _WORD.findall(text[max(0, lo.start - 40):lo.start].lower())[-3:]]
    f += ["A:" + w for w in _WORD.findall(text[hi.end:hi.end + 40].lower())[:3]]
    mid = {m.type for m in ms if lo.end <= m.start and m.end <= hi.start}
    f.append(f"nmid{min(sum(1 for m in ms if lo.end <= m.start and m.end <= hi.start), 3)}")
    f += ["M:" + t for t in sorted(mid)]
    gap = text[lo.end:hi.start]
    if "%" in text or "per cent" in text:
        f.append(tp + ":pct")
    if ";" in gap:
        f.append("semi")
    if "," in gap:
        f.append("comma")
    if " which " in gap or " who " in gap:
        f.append("rel")
    # is b the nearest mention of its type to a? (the usual reading of a list or a clause)
    d = abs(b.start - a.start)
    nearer = any(m.type == b.type and m.name != b.name and abs(m.start - a.start) < d for m in ms)
    f.append(tp + (":bfar" if nearer else ":bnear"))
    f.append("afirst" if a is lo and all(m.start >= lo.start for m in ms) else "anotfirst")
    fired = min(len(ruled), 2)
    f += (f"fired{fired}", f"{tp}:fired{fired}")
    f += ["a:" + t for t in sorted(a.tags)] + ["b:" + t for t in sorted(b.tags)]
    return f


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The shipped model: ``{"classes": [...], "threshold": margin, "weights": {feature: {class: weight}}}``.

    An edge needs a margin over "no edge" above ``threshold``.
    """
    path = resources.files("loaders.documents").joinpath("vocab/pair_model.json")
    return json.loads(path.read_text(encoding="utf-8"))


def score_pair(features: list[str], classes: list[str], weights: dict) -> tuple[str, float]:
    """The best edge class among ``classes`` and its margin over no edge.

    >>> score_pair(["x", "y"], ["SUPPLIES"], {"x": {"SUPPLIES": 1.5, "NONE": 0.5}, "y": {"NONE": 0.25}})
    ('SUPPLIES', 0.75)
    """
    totals = dict.fromkeys(classes, 0.0)
    totals[NONE] = 0.0
    for row in filter(None, map(weights.get, features)):
        for c, w in row.items():
            if c in totals:
                totals[c] += w
    none = totals.pop(NONE)
    best = max(classes, key=totals.__getitem__)  # ties: the first in schema order
    return best, totals[best] - none


def rule_facts_by_sentence(facts: list[Fact]) -> dict[int, list[Fact]]:
    """The rule facts of each sentence, by sentence index."""
    out: dict[int, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.sent.index, []).append(f)
    return out


def _vetoed(sent: Sent, a: Mention, b: Mention, kind: str, parented: set, ruled_types: set,
            restricted_here: set) -> bool:
    """Readings the model gets wrong for want of meaning (the words in triggers.yaml ``pairs``)."""
    low = sent.text.lower()
    if lower_pattern("pairs", "negation").search(low):
        return True  # "denied it would lend", "produced no cobalt", "formerly a unit of"
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    if b.type == "Material" and (lower_pattern("pairs", "modifier_after").match(low, b.end)
                                 or lower_pattern("pairs", "modifier_before").search(low, max(0, b.start - 60), b.start)):
        return True  # the material names what a technology or machine works on, not the good itself
    if kind in ("SUPPLIES", "PRODUCES"):
        # an importer or buyer named as the subject: "Korea gets 80% of its tungsten from China"
        if a.start < b.start and lower_pattern("pairs", "buyer").search(low, lo, hi):
            return True
    elif kind == "PART_OF":
        if a.ref in parented:
            return True  # the rules gave it its owner: a second one would be the owner's owner
        if lower_pattern("pairs", "buyer").search(low, lo, hi) or " supplied by " in low[lo:hi]:
            return True  # a customer or supplier is no owner
    elif kind == "RESTRICTS":
        if not lower_pattern("pairs", "measure").search(low):
            return True  # no measure spoken of ("exports it to Japan" is trade)
        if b.ref in restricted_here:
            return True  # the rules gave the item its imposer in this sentence: one is enough
        if restricted_here and lower_pattern("pairs", "list_after").match(low, b.end):
            return True  # a group before the list of its members, which the rules restricted
    elif kind == "INVESTS_IN":
        # the rules read the money of this sentence (the model would add its owner or its fund), or
        # there is no money or stake in it at all
        if "INVESTS_IN" in ruled_types or not _money_words().search(low):
            return True
    return False


@lru_cache(maxsize=1)
def _money_words() -> re.Pattern:
    """The investment family's gate words (triggers.yaml ``gates``), one pattern."""
    words = sorted(triggers()["gates"]["investments"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def _imposer(fact: Fact) -> str | None:
    return fact.node_props.get(fact.source, {}).get("imposer") if fact.type == "RESTRICTS" else None


def _measure(country: Mention, item: Mention, sent: Sent, facts: list[Fact], made: dict) -> tuple[tuple, dict]:
    """The ExportControl node a learned RESTRICTS edge starts at: the country's last measure the rules
    named up to this sentence (else its first after it), else the one the model made for that country
    earlier in the document (``made``), else a new one."""
    theirs = [f for f in facts if _imposer(f) == country.name]
    before = [f for f in theirs if f.sent.index <= sent.index]
    if theirs:
        f = before[-1] if before else theirs[0]
        return f.source, f.node_props[f.source]
    if country.name not in made:
        made[country.name] = (("ExportControl", f"{country.name} export controls on {item.name}"),
                              {"imposer": country.name, "kind": "control"})
    return made[country.name]


def candidate_pairs(sent: Sent):
    """(a, b, edge types) of every ordered pair of distinct entities named in ``sent`` that some type fits."""
    named, seen = [], set()
    for m in sent.mentions:
        if m.type != "Pronoun" and m.ref not in seen:
            seen.add(m.ref)
            named.append(m)
    for a in named:
        for b in named:
            if a is not b:
                classes = candidate_types(a, b)
                if classes:
                    yield a, b, classes


def pair_facts(sents: list[Sent], facts: list[Fact], model: dict | None = None) -> list[Fact]:
    """Facts the model adds for entity pairs no rule linked in the document (either direction)."""
    model = model or load_model()
    weights, threshold = model["weights"], model.get("threshold", 0.0)
    linked = {(f.source, f.target) for f in facts} | {(f.target, f.source) for f in facts}
    # a country the rules made an item's imposer: the pair is read (for any type, as for the others)
    linked |= {(("Country", _imposer(f)), f.target) for f in facts if _imposer(f)}
    ruled = rule_facts_by_sentence(facts)
    parented = {f.source for f in facts if f.type == "PART_OF"}
    made: dict = {}  # the measures the model made, by imposer: one a document
    out = []
    for sent in sents:
        if len(sent.mentions) < 2 or len(sent.text) > _MAX_SENTENCE:
            continue
        here = ruled.get(sent.index, [])
        here_types = {f.type for f in here}
        restricted_here = {f.target for f in here if f.type == "RESTRICTS"}
        for a, b, classes in candidate_pairs(sent):
            if (a.ref, b.ref) in linked:
                continue
            kind, margin = score_pair(pair_features(sent, a, b, here), classes, weights)
            if margin > threshold and not _vetoed(sent, a, b, kind, parented, here_types, restricted_here):
                if kind == "RESTRICTS":
                    ref, node = _measure(a, b, sent, facts, made)
                    out.append(Fact(kind, ref, b.ref, {"found_by": "learned"}, sent, node_props={ref: node}))
                else:
                    out.append(Fact(kind, a.ref, b.ref, {"found_by": "learned"}, sent))
    return out
