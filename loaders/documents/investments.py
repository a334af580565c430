"""INVESTS_IN: stakes, loans, equity and capex, with amount, instrument, status and hedging.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Glencore is taking a 10% stake in Acme Mining Ltd for US$1.4bn.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["stake"], f.props["amount_usd"], f.props["status"]) for f in invest_facts(s, doc)]
[('Glencore', 'Acme Mining', 0.1, 1400000000.0, 'committed')]
"""

from __future__ import annotations

import re

from graph.names import agency_country

from .context import DocState, Fact, Sent
from .data import pattern, triggers
from .amounts import find_amounts
from .hedging import invest_status, is_hedged
from .helpers import first_after, nearest_before, resolve
from .mentions import Mention
from .shares import find_shares

__all__ = ["invest_facts"]

INVESTORS = ("Country", "Firm", "Agency")
TARGETS = ("Firm", "Facility", "Country", "Investment")
_SKIP = ("cited", "locator", "paren", "facility_part")
_NEGATION = pattern("supplies", "negation")


def _country_of(m: Mention) -> str | None:
    if m.type == "Country":
        return m.name
    if m.type == "Agency":
        return agency_country(m.name)
    return m.props.get("country")


def _props(text: str, pos: int, end: int) -> dict:
    props: dict = {}
    amounts = find_amounts(text)
    if amounts:
        a = min(amounts, key=lambda x: abs(x.start - pos))
        props.update(amount_text=a.text, currency=a.currency, amount_usd=a.usd)
    elif re.search(r"\bbillions\b", text):
        props["amount_text"] = "billions"
    for s in find_shares(text):
        if re.match(r"\s*(?:equity\s+)?stake|\s*interest|\s*shareholding", text[s.end:]):
            props["stake"] = s.value
    instruments = [k for k, _ in triggers()["investments"]["instruments"].items()
                   if pattern("investments", "instruments", k).search(text[max(0, pos - 60):end + 60])]
    if instruments:
        props["instrument"] = ", ".join(instruments)
    props["status"] = invest_status(text)
    props["hedged"] = is_hedged(text)
    return props


def _recent(doc: DocState, before: int, types) -> Mention | None:
    """The last mention of ``types`` in the two sentences before ``before``."""
    for idx, m in reversed(doc.history):
        if idx < before - 2:
            return None
        if idx < before and m.type in types:
            return m
    return None


def invest_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The INVESTS_IN facts of one sentence."""
    text = sent.text
    out: list[Fact] = []
    seen = set()

    def emit(src: Mention, tgt: Mention, props: dict):
        if src.ref == tgt.ref or (src.ref, tgt.ref) in seen or tgt.type not in TARGETS:
            return
        seen.add((src.ref, tgt.ref))
        out.append(Fact("INVESTS_IN", src.ref, tgt.ref, {k: v for k, v in props.items() if v is not None}, sent))

    for inv in sent.of("Investment"):
        doc.programme = (("Country", inv.props["owner"]), inv)
    names = [(m.start, m.end) for m in sent.mentions if m.type != "Pronoun"]
    more = pattern("investments", "money_more")
    triggers_ = sorted([t for t in list(pattern("investments", "forward").finditer(text))
                        + list(pattern("investments", "money_to").finditer(text))
                        + list(more.finditer(text))
                        if not any(a <= t.start() < b for a, b in names)],  # "Export Finance Australia" is a name
                       key=lambda t: t.start())
    targets: list[Mention] = []
    last_investor = None
    for t in triggers_:
        ts, te = t.start(), t.end()
        a, b = sent.clause_of(ts)
        build = bool(re.search(r"build|construct|develop|expand", t.group(0), re.I))
        investor = None
        if t.re is more:
            investor = last_investor  # "..., and $80 million to B": the same lender
        else:
            cands = [m for m in sent.of(INVESTORS + ("Pronoun",), a, ts, skip=_SKIP)]
            if cands:
                investor = cands[-1]
                if investor.type == "Pronoun":
                    investor = resolve(investor, sent, doc, INVESTORS)
        if investor is None:
            continue
        if investor in sent.mentions and _NEGATION.search(text[investor.end:ts]):
            continue  # "X did not invest in Y", "X denied it would lend to Y"
        investors = [x for x in sent.list_at(investor, INVESTORS) if not (x.tags & set(_SKIP))] \
            if investor in sent.mentions else [investor]
        adjective = pattern("investments", "adjective_target")
        tcands = [m for m in sent.mentions if m.start >= te - 1 and m.start - te <= 60
                  and m.type in TARGETS + ("Pronoun", "Material") and not (m.tags & {"locator", "cited", "facility_part"})
                  and not (m.type == "Country" and adjective.match(text, m.end))]
        if build:
            tcands = [m for m in tcands if m.type == "Facility"]
        if not tcands:
            continue
        target = tcands[0]
        if target.type == "Pronoun":
            target = resolve(target, sent, doc, ("Firm", "Facility"))
            if target is None:
                continue
        if target.type == "Material":
            for i in investors:
                doc.pending_investor = (i, sent)
            continue
        props = _props(text, ts, te)
        if build:
            props["instrument"] = "capex"
        via = None
        vm = re.search(r"\b(?:through|via)\s+(?:the\s+|its\s+|a\s+)?$", text[:0])  # placeholder for clarity
        for m in sent.of(("Firm", "Agency"), te, skip=("cited",)):
            if re.search(r"\b(?:through|via)\s+(?:the\s+|its\s+|a\s+)?$", text[max(0, m.start - 15):m.start]):
                via = m
                break
        if via is not None:
            props["via"] = [via.name]
        for i in investors:
            emit(i, target, props)
        targets.append(target)
        last_investor = investor
        if via is not None:
            emit(via, target, {k: v for k, v in props.items() if k != "via"})
        if doc.pending_investor is not None:
            pending, psent = doc.pending_investor
            countries = {_country_of(i) for i in investors}
            if pending.type == "Country" and pending.name in countries and psent.index >= sent.index - 2:
                f = Fact("INVESTS_IN", pending.ref, target.ref,
                         {"status": props["status"], "hedged": is_hedged(psent.text)}, psent)
                if (pending.ref, target.ref) not in seen:
                    seen.add((pending.ref, target.ref))
                    out.append(f)
            doc.pending_investor = None
    # "X received EUR 18m from the EU's Just Transition Fund": the recipient comes first
    for r in pattern("investments", "receive").finditer(text):
        after = [m for m in sent.of(INVESTORS, r.end() - 1, skip=("cited",)) if m.start - r.end() < 25]
        if not after:
            continue
        investor, via = after[0], None
        nxt = [m for m in sent.mentions if m.start >= investor.end]
        if investor.type == "Country" and nxt and re.match(r"['\u2019]s\s+$", text[investor.end:nxt[0].start]):
            via = nxt[0]  # "the European Union's Just Transition Fund": the country's fund
        before = [m for m in sent.of(("Firm", "Facility", "Pronoun"), 0, r.start(), skip=_SKIP)]
        target = before[-1] if before else _recent(doc, sent.index, ("Facility", "Firm"))
        if target is not None and target.type == "Pronoun":
            target = resolve(target, sent, doc, ("Firm", "Facility"))
        if target is None:
            continue
        props = _props(text, r.start(), r.end())
        if via is not None:
            props["via"] = [via.name]
        if props["status"] == "committed" and re.search(r"\b(?:received|secured|won|obtained|got|raised)\b", r.group(0)):
            props["status"] = "done"
        emit(investor, target, props)
    # "..., and the Export-Import Bank is considering a loan of up to $1.8 billion": the same recipient
    for o in pattern("investments", "offer").finditer(text):
        cands = [m for m in sent.of(("Agency", "Firm", "Country"), 0, o.start(), skip=_SKIP)]
        if not cands or any(s_ref == cands[-1].ref for s_ref, _ in seen):
            continue
        investor = cands[-1]
        after = [m for m in sent.of(TARGETS, o.end(), skip=_SKIP) if m.start - o.end() <= 60]
        target = after[0] if after else (targets[-1] if targets else _recent(doc, sent.index, ("Facility",)))
        if target is None:
            continue
        clause = text[investor.start:]
        props = _props(clause, o.start() - investor.start, o.end() - investor.start)
        emit(investor, target, props)
    # a project named as a candidate of an investment programme
    if pattern("investments", "candidate").search(text) and doc.programme is not None:
        owner_ref, inv = doc.programme
        owner = Mention("Country", owner_ref[1], 0, 0, owner_ref[1])
        for fac in sent.of("Facility", skip=()):
            emit(owner, fac, {"status": "proposed", "hedged": True, "via": [inv.name]})
    # a package between two countries, and the agencies that deliver it
    for inv in sent.of("Investment"):
        owner = inv.props["owner"]
        others = [c for c in sent.of("Country", skip=("cited", "paren", "facility_part", "locator"))
                  if c.name != owner and re.search(r"\b(?:with|in|to|into|for)\s+(?:the\s+)?$", text[max(0, c.start - 12):c.start])]
        if not others:
            continue
        target = others[0]
        amount = find_amounts(inv.text)
        props = {"status": invest_status(text) if not re.search(r"\bagreed\b", text) else "committed",
                 "via": [inv.name], "amount_text": inv.props.get("amount_text"),
                 "amount_usd": amount[0].usd if amount else None,
                 "instrument": _props(text, inv.start, inv.end).get("instrument")}
        emit(Mention("Country", owner, inv.start, inv.start, owner), target, props)
        co = pattern("investments", "co_investors").search(text, inv.end)
        if co:
            for ag in sent.of(("Agency", "Firm"), co.end(), skip=("cited",)):
                emit(ag, target, {**props, "hedged": is_hedged(text)})
    return out
